/**
 * `node --import dist/bench/cpu-usage-preload.js …`: on exit, writes the process's CPU time (user
 * and system, all threads, microseconds) as JSON to the file named by SECVAR_BENCH_CPU_FILE, and the
 * main thread's own CPU time (`mainThread`, microseconds, from /proc on Linux; null elsewhere). The
 * ingest bench uses it because on a shared machine CPU time is steadier than elapsed time, and the
 * main thread's part tells the writing thread's work from the extraction threads'.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** CPU time of this process's main thread in microseconds (Linux /proc, 10 ms ticks), else null. */
function mainThreadMicros(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields after the command: state(0) … utime(11) stime(12), in clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}

const file = process.env.SECVAR_BENCH_CPU_FILE;
if (file)
  process.on("exit", () =>
    writeFileSync(file, JSON.stringify({ ...process.cpuUsage(), mainThread: mainThreadMicros() })),
  );
