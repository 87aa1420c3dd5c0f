/**
 * The standard TLP marking-definition objects, with the fixed ids everyone shares.
 *
 * TLP 2.0: OASIS cti-stix-common-objects, extension-definition-specifications/tlp-2.0
 * (extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d), created 2022-10-01.
 * TLP 1.0: STIX 2.1 specification §7.2.1.4 (definition_type "tlp"), created 2017-01-20; it has
 * no CLEAR (its WHITE is the same level) and no AMBER+STRICT.
 */
import type { TlpLevel } from "./export-event.js";

/** The id of the OASIS TLP 2.0 property extension. */
export const TLP2_EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

/** Which marking-definition objects to reference: TLP 2.0 (default) or STIX 2.1's built-in TLP 1.0. */
export type TlpVersion = "2.0" | "1.0";

const TLP2_IDS: Readonly<Record<TlpLevel, string>> = {
  CLEAR: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
  GREEN: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
  AMBER: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
  "AMBER+STRICT": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
  RED: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
};

/** TLP 1.0 levels for the TLP 2.0 ones: CLEAR is WHITE; AMBER+STRICT is at least AMBER. */
const TLP1_LEVEL: Readonly<Record<TlpLevel, "white" | "green" | "amber" | "red">> = {
  CLEAR: "white",
  GREEN: "green",
  AMBER: "amber",
  "AMBER+STRICT": "amber",
  RED: "red",
};

const TLP1_IDS = {
  white: "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
  green: "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
  amber: "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
  red: "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
} as const;

/** The id of a TLP level's marking definition. */
export function tlpMarkingId(level: TlpLevel, version: TlpVersion = "2.0"): string {
  return version === "1.0" ? TLP1_IDS[TLP1_LEVEL[level]] : TLP2_IDS[level];
}

/** A marking-definition object as STIX 2.1 writes it. */
export type MarkingDefinition = Record<string, unknown> & { type: "marking-definition"; id: string };

/**
 * The marking-definition object of a TLP level, exactly as published.
 *
 * @example
 * tlpMarking("AMBER+STRICT").id // "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"
 * tlpMarking("CLEAR", "1.0").name // "TLP:WHITE"
 */
export function tlpMarking(level: TlpLevel, version: TlpVersion = "2.0"): MarkingDefinition {
  if (version === "1.0") {
    const tlp = TLP1_LEVEL[level];
    return {
      type: "marking-definition",
      spec_version: "2.1",
      id: TLP1_IDS[tlp],
      created: "2017-01-20T00:00:00.000Z",
      definition_type: "tlp",
      name: `TLP:${tlp.toUpperCase()}`,
      definition: { tlp },
    };
  }
  return {
    type: "marking-definition",
    spec_version: "2.1",
    id: TLP2_IDS[level],
    created: "2022-10-01T00:00:00.000Z",
    name: `TLP:${level}`,
    extensions: {
      [TLP2_EXTENSION_ID]: { extension_type: "property-extension", tlp_2_0: level.toLowerCase() },
    },
  };
}

/** Restrictiveness order, to mark a report with the strictest level among its events. */
export function strictestTlp(a: TlpLevel | null, b: TlpLevel | null): TlpLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return TLP_ORDER.indexOf(a) >= TLP_ORDER.indexOf(b) ? a : b;
}

const TLP_ORDER: readonly TlpLevel[] = ["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"];
