/**
 * A throwaway PostgreSQL cluster for tests and benches: initdb in a temp dir, pg_ctl start on a
 * free loopback port with the socket in the same dir, stop and delete on teardown. Uses the
 * Debian PostgreSQL binaries (/usr/lib/postgresql/<v>/bin) or initdb/pg_ctl on PATH. As root,
 * the cluster runs as the `postgres` (else `nobody`) user, because PostgreSQL refuses root.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

export interface PostgresCluster {
  url: string;
  /** A fresh empty database in the cluster, as a connection URL. */
  createDatabase(name: string): string;
  /** The cluster's data folder (postmaster.pid names the server process). */
  dataDir: string;
  stop(): void;
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], "bin");
  }
  const initdb = onPath("initdb");
  return initdb && existsSync(join(initdb, "..", "pg_ctl")) ? join(initdb, "..") : null;
}

function unprivilegedUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = readFileSync("/etc/passwd", "utf8").split("\n");
  for (const name of ["postgres", "nobody"]) {
    const line = passwd.find((l) => l.startsWith(`${name}:`));
    if (line) {
      const [, , uid, gid] = line.split(":");
      return { uid: Number(uid), gid: Number(gid) };
    }
  }
  throw new Error("running as root and found no postgres/nobody user to run PostgreSQL as");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface ClusterOptions {
  /** Keep PostgreSQL's durable defaults (fsync, synchronous commit) — for benches. Default false. */
  durable?: boolean;
  /** More server settings for `postgres -o`, e.g. "-c shared_preload_libraries=pg_stat_statements" (profiling). */
  settings?: string;
}

/** Start a cluster, or return null when the binaries are absent. */
export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster | null> {
  const bin = findPostgresBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), "secvar-pg-"));
  const user = unprivilegedUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, "data");
  const port = await freePort();
  const run = (tool: string, args: string[]) =>
    execFileSync(join(bin, tool), args, { stdio: "pipe", cwd: dir, ...(user ?? {}) });
  const stop = () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
    const fast = options.durable ? "-c shared_buffers=256MB" : "-c fsync=off -c synchronous_commit=off";
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50 ${fast} ${options.settings ?? ""}`;
    run("pg_ctl", ["-D", data, "-o", opts, "-l", join(dir, "log"), "-w", "start"]);
  } catch (e) {
    stop();
    throw e;
  }
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    createDatabase(name: string) {
      run("psql", [
        "-h",
        "127.0.0.1",
        "-p",
        String(port),
        "-U",
        "postgres",
        "-q",
        "-c",
        `create database ${name}`,
      ]);
      return `${base}/${name}`;
    },
    dataDir: data,
    stop,
  };
}
