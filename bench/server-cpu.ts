/** PostgreSQL server CPU for the benches, read from /proc. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * CPU seconds used so far by a PostgreSQL server: the postmaster and its live children, plus
 * the children it has reaped (backends of closed connections). Linux /proc only; null elsewhere.
 */
export function serverCpu(dataDir: string): number | null {
  const ticks = 100; // USER_HZ, 100 on Linux
  const fields = (pid: string) => {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  };
  try {
    const postmaster = (readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "").trim();
    const own = fields(postmaster);
    // Fields after the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    let total = [11, 12, 13, 14].reduce((n, i) => n + Number(own[i]), 0);
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const f = fields(pid);
        if (f[1] === postmaster) total += Number(f[11]) + Number(f[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return total / ticks;
  } catch {
    return null;
  }
}
