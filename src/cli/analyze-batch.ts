/**
 * `secvar analyze --batch IN.jsonl`: one document per line in, one extraction per line out,
 * in input order, on all cores (worker threads). A bad line yields {id, error} and the batch goes on.
 */
import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { analyzeLine, type LineResult } from "./analyze-line.js";
import { CliError } from "./cli-error.js";
import type { Output } from "./output.js";

export interface BatchSummary {
  lines: number;
  ok: number;
  failed: number;
  ms: number;
}

/** Worker threads need compiled JavaScript: under a TypeScript runner the batch runs inline. */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return null;
  return fileURLToPath(new URL("./analyze-worker.js", import.meta.url));
}

export async function runBatch(
  path: string,
  out: Output,
  threads = availableParallelism(),
): Promise<BatchSummary> {
  const started = performance.now();
  const input = path === "-" ? process.stdin : createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    input.once("error", (e: NodeJS.ErrnoException) =>
      reject(new CliError(`${path}: cannot read batch file (${e.code ?? e.message})`)),
    );
    input.once("readable", () => resolve());
    input.once("end", () => resolve());
  });
  await opened;
  const file = workerFile();
  const pool =
    file && threads > 1
      ? new Piscina({ filename: file, maxThreads: threads, minThreads: threads, idleTimeout: 60_000 })
      : null;
  const run = (line: string, n: number): Promise<LineResult> =>
    pool ? (pool.run({ line, n }) as Promise<LineResult>) : Promise.resolve(analyzeLine(line, n));
  const window: Promise<LineResult>[] = [];
  const summary: BatchSummary = { lines: 0, ok: 0, failed: 0, ms: 0 };
  const flush = async (max: number) => {
    while (window.length > max) {
      const result = await (window.shift() as Promise<LineResult>);
      if (result.ok) summary.ok++;
      else summary.failed++;
      out.out(result.json);
    }
  };
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    summary.lines++;
    window.push(run(line, n));
    await flush(threads * 4);
  }
  await flush(0);
  await pool?.destroy();
  summary.ms = performance.now() - started;
  return summary;
}
