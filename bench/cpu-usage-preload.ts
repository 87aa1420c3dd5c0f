/**
 * `node --import dist/bench/cpu-usage-preload.js …`: on exit, writes the process's CPU time (user
 * and system, all threads, microseconds) as JSON to the file named by SECVAR_BENCH_CPU_FILE, and the
 * main thread's own CPU time (`mainThread`, microseconds, from /proc on Linux; null elsewhere). The
 * ingest bench uses it because on a shared machine CPU time is steadier than elapsed time, and the
 * main thread's part tells the writing thread's work from the extraction threads'.
 *
 * It also splits the process's CPU by thread (`threads`, Linux only, sampled from
 * /proc/self/task every 100 ms, so that threads that end before the process — the extraction
 * workers — are counted up to their last sample): the main thread; the threads that existed when
 * this module loaded besides it (V8's platform threads: the garbage collector's helpers and the
 * background compilers, shared by every isolate of the process); and the threads started later
 * (worker threads and libuv's pool). `unsampled` is the process total less these (work of threads
 * after their last sample). `gc` sums the main thread's collection pauses by kind (milliseconds).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { constants, PerformanceObserver } from "node:perf_hooks";

/** CPU time of one thread of this process in microseconds (Linux /proc, 10 ms ticks), else null. */
function threadMicros(tid: string): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields after the command: state(0) … utime(11) stime(12), in clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}

function taskIds(): string[] {
  try {
    return readdirSync("/proc/self/task");
  } catch {
    return [];
  }
}

const main = String(process.pid);
const startup = new Set(taskIds());
/** The last CPU time seen of every thread, by thread id. */
const seen = new Map<string, number>();
const sample = () => {
  for (const tid of taskIds()) {
    const us = threadMicros(tid);
    if (us !== null) seen.set(tid, us);
  }
};

/** Main-thread collection pauses (ms) by kind: minor (scavenge), major (mark-compact), other. */
const gc = { minor: 0, major: 0, other: 0, count: 0 };
const kinds: Record<number, keyof typeof gc> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: "minor",
  [constants.NODE_PERFORMANCE_GC_MAJOR]: "major",
};
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = (e as { detail?: { kind?: number } | null }).detail?.kind ?? 0;
    gc[kinds[kind] ?? "other"] += e.duration;
    gc.count++;
  }
});

const file = process.env.SECVAR_BENCH_CPU_FILE;
if (file) {
  observer.observe({ entryTypes: ["gc"] });
  setInterval(sample, 100).unref();
  process.on("exit", () => {
    sample();
    const usage = process.cpuUsage();
    const threads = { main: 0, helpers: 0, later: 0, unsampled: 0, count: seen.size };
    for (const [tid, us] of seen) {
      if (tid === main) threads.main += us;
      else if (startup.has(tid)) threads.helpers += us;
      else threads.later += us;
    }
    threads.unsampled = Math.max(
      0,
      usage.user + usage.system - threads.main - threads.helpers - threads.later,
    );
    writeFileSync(
      file,
      JSON.stringify({
        ...usage,
        mainThread: seen.size > 0 ? threads.main : threadMicros(main),
        threads: seen.size > 0 ? threads : null,
        gc,
      }),
    );
  });
}
