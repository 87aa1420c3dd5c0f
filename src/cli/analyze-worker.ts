/** Piscina worker: analyses one batch line per task. */
import { analyzeLine, type LineResult } from "./analyze-line.js";

export default function analyze({ line, n }: { line: string; n: number }): LineResult {
  return analyzeLine(line, n);
}
