/** `secvar schema`: the published JSON Schema of the extraction, generated from the zod contract. */
import { z } from "zod";
import { Extraction } from "../knowledge/index.js";
import type { Output } from "./output.js";

export function extractionJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(Extraction),
    $id: "https://secvar.invalid/schema/extraction-1.json",
    title: "secvar extraction",
  };
}

export function schemaCommand(out: Output): void {
  out.out(JSON.stringify(extractionJsonSchema(), null, 2));
}
