import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** The package root (the folder holding secvar's package.json), from src/ or dist/ alike. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate) && existsSync(join(dir, "data"))) {
      root = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error(
    `secvar: cannot find the package root (with data/) above ${fileURLToPath(import.meta.url)}`,
  );
}

/** Absolute path of a file under data/. */
export function dataPath(relative: string): string {
  return join(packageRoot(), "data", relative);
}

/** Read and parse a JSON data file under data/. */
export function readDataJson<T>(relative: string): T {
  const path = dataPath(relative);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new Error(`secvar: cannot read data file ${path}: ${(error as Error).message}`);
  }
}

/** The version from package.json, stamped on every extraction. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string };
  return pkg.version;
}
