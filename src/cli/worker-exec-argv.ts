/**
 * The Node options a piscina worker thread of ours starts with.
 *
 * Piscina loads a task file with `require()` first and falls back to `import()` only when that
 * throws. Our task files are ES modules, and Node 20.19+ can `require()` an ES module; that path
 * has a race that sometimes aborts the whole process with `FATAL ERROR: v8::Module::IsGraphAsync
 * must be used on an instantiated module` (fixed upstream in nodejs/node#59703, not in Node 20).
 * Turning `require()` of ES modules off in the worker makes piscina's `require()` throw
 * ERR_REQUIRE_ESM at once, so every worker loads its task file with `import()`.
 */
const NO_REQUIRE_ESM = "--no-experimental-require-module";

export function workerExecArgv(): string[] {
  const argv = process.execArgv.filter((a) => a !== "--experimental-require-module");
  // Node releases without the option would refuse an unknown flag in a worker's execArgv.
  if (process.allowedNodeEnvironmentFlags.has(NO_REQUIRE_ESM) && !argv.includes(NO_REQUIRE_ESM)) {
    argv.push(NO_REQUIRE_ESM);
  }
  return argv;
}
