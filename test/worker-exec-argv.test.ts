/**
 * Our piscina workers start with require() of ES modules turned off, so piscina's require() of a
 * task file throws at once and the file is loaded with import() (Node 20's require(esm) path can
 * abort the process; see src/cli/worker-exec-argv.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { workerExecArgv } from "../src/cli/worker-exec-argv.js";

const dir = mkdtempSync(join(tmpdir(), "secvar-worker-argv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("worker execArgv", () => {
  it("keeps the parent's options and adds the switch once", () => {
    const argv = workerExecArgv();
    expect(argv.filter((a) => a === "--no-experimental-require-module").length).toBe(
      process.allowedNodeEnvironmentFlags.has("--no-experimental-require-module") ? 1 : 0,
    );
    expect(argv).not.toContain("--experimental-require-module");
  });

  it("a worker started with it cannot require() an ES module but can import() it", async () => {
    const esm = join(dir, "task.mjs");
    writeFileSync(esm, "export const answer = 42;\n");
    const probe = `
      const { parentPort, workerData } = require("node:worker_threads");
      let required;
      try { required = "loaded:" + require(workerData).answer; } catch (e) { required = e.code; }
      import(require("node:url").pathToFileURL(workerData).href).then((m) =>
        parentPort.postMessage({ required, imported: m.answer }));
    `;
    const reply = await new Promise<{ required: string; imported: number }>((resolve, reject) => {
      const w = new Worker(probe, { eval: true, workerData: esm, execArgv: workerExecArgv() });
      w.once("message", (m) => {
        resolve(m);
        void w.terminate();
      });
      w.once("error", reject);
    });
    expect(reply.imported).toBe(42);
    if (process.allowedNodeEnvironmentFlags.has("--no-experimental-require-module")) {
      expect(reply.required).toBe("ERR_REQUIRE_ESM");
    }
  });
});
