/** Folders and globs → file paths in a deterministic order, with loops and dead links as problems. */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, isAbsolute, join } from "node:path";
import { glob } from "tinyglobby";
import type { SourceProblem } from "./source-item.js";

/** File extensions a folder walk picks up; anything else in a folder is skipped. */
export const READABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  ".txt",
  ".md",
  ".html",
  ".htm",
  ".xml",
  ".json",
  ".jsonl",
  ".ndjson",
  ".rss",
  ".atom",
]);

/** A file found by a walk or a glob. */
export interface FoundFile {
  type: "file";
  path: string;
}

/** Whether a folder walk reads a file of this name. */
export function isReadableName(name: string): boolean {
  return READABLE_EXTENSIONS.has(extname(name).toLowerCase());
}

function skippedName(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

function problem(origin: string, code: SourceProblem["code"], detail: string): SourceProblem {
  return { type: "problem", origin, code, message: `${origin}: ${detail}` };
}

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  return code === "ENOENT" ? "no such file" : code === "EACCES" ? "no permission to read it" : code;
}

/** Code-unit order: the same on every platform and locale. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

async function entriesOf(dir: string): Promise<Dirent[] | SourceProblem> {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort(byName);
  } catch (e) {
    return problem(dir, "not_found", `expected a readable folder, found ${errnoText(e)}`);
  }
}

/** What a symbolic link points at: "dir", "file", or a problem for a dead link. */
async function linkTarget(path: string): Promise<"dir" | "file" | "other" | SourceProblem> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? "dir" : s.isFile() ? "file" : "other";
  } catch (e) {
    return problem(path, "not_found", `expected a symbolic link to a file or folder, found ${errnoText(e)}`);
  }
}

async function* walkEntry(
  path: string,
  entry: Dirent,
  ancestors: ReadonlySet<string>,
): AsyncGenerator<FoundFile | SourceProblem> {
  const kind = entry.isSymbolicLink() ? await linkTarget(path) : direntKind(entry);
  if (typeof kind === "object") yield kind;
  else if (kind === "dir") yield* walkFolder(path, ancestors);
  else if (kind === "file" && isReadableName(entry.name)) yield { type: "file", path };
}

function direntKind(entry: Dirent): "dir" | "file" | "other" {
  return entry.isDirectory() ? "dir" : entry.isFile() ? "file" : "other";
}

/**
 * Every readable file under a folder, recursively, in code-unit order of names: dotfiles,
 * `node_modules` and files of other types (see `READABLE_EXTENSIONS`) are skipped; symbolic
 * links are followed, and a link back into a folder being walked is a `symlink_loop` problem.
 *
 * @example
 * for await (const f of walkFolder("corpus")) if (f.type === "file") f.path // "corpus/a/one.txt", …
 */
export async function* walkFolder(
  dir: string,
  ancestors: ReadonlySet<string> = new Set(),
): AsyncGenerator<FoundFile | SourceProblem> {
  const real = await realpath(dir).catch(() => dir);
  if (ancestors.has(real)) {
    yield problem(dir, "symlink_loop", "expected a folder, found a symbolic link back into a parent folder");
    return;
  }
  const entries = await entriesOf(dir);
  if (!Array.isArray(entries)) {
    yield entries;
    return;
  }
  const inside = new Set(ancestors).add(real);
  for (const entry of entries) {
    if (!skippedName(entry.name)) yield* walkEntry(join(dir, entry.name), entry, inside);
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Whether an input is a glob pattern rather than a path. */
export function isGlobPattern(input: string): boolean {
  return GLOB_CHARS.test(input);
}

/**
 * The files a glob pattern matches, sorted; dotfiles and `node_modules` are left out and
 * symbolic links are not followed (so no loop can be walked). An absolute pattern gives
 * absolute paths, a relative one paths relative to `cwd`.
 *
 * @example
 * await globFiles("corpus/**\/*.txt") // ["corpus/a/one.txt", "corpus/two.txt"]
 */
export async function globFiles(pattern: string, cwd = process.cwd()): Promise<string[]> {
  const paths = await glob([pattern], {
    cwd,
    onlyFiles: true,
    dot: false,
    absolute: isAbsolute(pattern),
    expandDirectories: false,
    followSymbolicLinks: false,
    ignore: ["**/node_modules/**"],
  });
  return paths.sort();
}
