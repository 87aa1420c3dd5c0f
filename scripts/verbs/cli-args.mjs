/**
 * Tiny argv helpers shared by the conversion scripts in scripts/verbs/.
 */

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root (two levels above scripts/verbs/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Parses `--name value` options, `--flag` switches and at most one positional argument.
 * @param {string[]} argv process.argv.slice(2)
 * @returns {{ options: Map<string, string | true>, positional: string | null }}
 */
export function parseArgs(argv) {
  const options = new Map();
  let positional = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg.startsWith("--")) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith("--")) {
        options.set(arg.slice(2), next);
        i++;
      } else options.set(arg.slice(2), true);
    } else positional = arg;
  }
  return { options, positional };
}

/**
 * The shared material folder: `--shared DIR`, the positional argument, or `../shared` next to the repo.
 * @param {{ options: Map<string, string | true>, positional: string | null }} args
 * @returns {string}
 */
export function sharedDir(args) {
  const opt = args.options.get("shared");
  const dir = typeof opt === "string" ? opt : (args.positional ?? resolve(REPO_ROOT, "..", "shared"));
  return resolve(dir);
}

/**
 * Resolves a path option relative to the repository root.
 * @param {{ options: Map<string, string | true> }} args
 * @param {string} name option name
 * @param {string} fallback repo-relative default
 * @returns {string}
 */
export function pathOption(args, name, fallback) {
  const opt = args.options.get(name);
  return resolve(REPO_ROOT, typeof opt === "string" ? opt : fallback);
}

/**
 * Writes `text` to `file`, or with `--check` compares it with the file on disk and exits 1 when they differ.
 * @param {string} file
 * @param {string} text
 * @param {boolean} check
 * @returns {boolean} true when the file is (now) up to date
 */
export function writeOrCheck(file, text, check) {
  if (check) {
    const current = existsSync(file) ? readFileSync(file, "utf8") : "";
    if (current !== text) {
      console.error(`${file} is out of date: rerun without --check`);
      return false;
    }
    console.error(`${file} is up to date`);
    return true;
  }
  writeFileSync(file, text);
  console.error(`wrote ${file} (${(text.length / 1024).toFixed(0)} KiB)`);
  return true;
}
