/** Piscina worker: analyses a chunk of batch lines per task (together, stage by stage). */
import { analyzeLines, type LineResult, type NumberedLine } from "./analyze-line.js";

export default function analyze({ lines }: { lines: NumberedLine[] }): LineResult[] {
  return analyzeLines(lines);
}
