/** Picking a model format by file name, and reading / writing any of them from text (no I/O here). */
import { parseBif } from "./bif-reader.js";
import { writeBif } from "./bif-writer.js";
import { writeDot } from "./dot-writer.js";
import type { Network } from "./model.js";
import { ScenarioError } from "./scenario-error.js";
import { parseXmlBif, writeXmlBif } from "./xmlbif.js";
import { parseScenarioYaml } from "./yaml-reader.js";
import { writeScenarioYaml } from "./yaml-writer.js";

export type ModelFormat = "yaml" | "bif" | "xmlbif" | "dot";

/** The format a file name implies: .yaml/.yml, .bif, .xml/.xmlbif, .dot/.gv. */
export function formatOf(fileName: string): ModelFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".bif")) return "bif";
  if (lower.endsWith(".xml") || lower.endsWith(".xmlbif")) return "xmlbif";
  if (lower.endsWith(".dot") || lower.endsWith(".gv")) return "dot";
  return undefined;
}

/**
 * Parses a model given its text and file name (the name picks the format and labels errors).
 * @example parseModel(text, "asia.bif")
 */
export function parseModel(text: string, fileName: string, format = formatOf(fileName)): Network {
  if (format === "yaml") return parseScenarioYaml(text, fileName);
  if (format === "bif") return parseBif(text, fileName);
  if (format === "xmlbif") return parseXmlBif(text, fileName);
  throw new ScenarioError({
    code: "invalid_model",
    path: fileName,
    message: `${fileName}: cannot read this format (use .yaml, .yml, .bif, .xml or .xmlbif)`,
  });
}

/** Writes a model in the given format. */
export function writeModel(net: Network, format: ModelFormat): string {
  if (format === "yaml") return writeScenarioYaml(net);
  if (format === "bif") return writeBif(net);
  if (format === "xmlbif") return writeXmlBif(net);
  return writeDot(net);
}
