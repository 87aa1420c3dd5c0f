/**
 * `node --import dist/bench/cpu-usage-preload.js …`: on exit, writes the process's CPU time (user
 * and system, all threads, microseconds) as JSON to the file named by SECVAR_BENCH_CPU_FILE. The
 * ingest bench uses it because on a shared machine CPU time is steadier than elapsed time.
 */
import { writeFileSync } from "node:fs";

const file = process.env.SECVAR_BENCH_CPU_FILE;
if (file) process.on("exit", () => writeFileSync(file, JSON.stringify(process.cpuUsage())));
