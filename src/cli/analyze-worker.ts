/** Piscina worker: analyses one batch line per task. */
import { analyzeLine } from "./analyze-line.js";

export default function analyze({ line, n }: { line: string; n: number }): string {
  return analyzeLine(line, n);
}
