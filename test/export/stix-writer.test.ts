import { describe, expect, it } from "vitest";
import {
  ExportError,
  type ExportEvent,
  exportToString,
  SECVAR_STIX_NAMESPACE,
  tlpMarking,
  uuidV5,
  writeStix,
} from "../../src/export/index.js";
import { DEPLOYMENT, MEETING, manyEvents, STATEMENT } from "./export-fixtures.js";
import { bundleProblems } from "./stix-schema.js";

const now = () => new Date("2025-02-03T04:05:06.789Z");

type Obj = Record<string, unknown> & { type: string; id: string };

async function bundleOf(events: ExportEvent[], opts = {}) {
  const text = await exportToString(writeStix(events, { now, ...opts }));
  return { text, bundle: JSON.parse(text) as { type: string; id: string; objects: Obj[] } };
}

const ofType = (objects: Obj[], type: string) => objects.filter((o) => o.type === type);

describe("writeStix", () => {
  it("writes a valid STIX 2.1 bundle: schema, ids, timestamps, no nulls, no dangling refs", async () => {
    const { bundle } = await bundleOf([STATEMENT, DEPLOYMENT, MEETING]);
    expect(bundleProblems(bundle)).toEqual([]);
    expect(bundle.objects.map((o) => o.type)).toEqual([
      "identity", // producer
      "identity", // USA
      "identity", // unspecified actor
      "identity", // outlet
      "relationship",
      "note",
      "identity", // PRKMIL
      "identity", // RUS
      "location",
      "marking-definition",
      "relationship",
      "note",
      "report", // doc-a
      "identity", // IGOUNO
      "identity", // ---REB
      "location",
      "marking-definition",
      "relationship",
      "note",
      "report", // doc-b
    ]);
  });

  it("validates a bigger export too", async () => {
    const text = await exportToString(writeStix(manyEvents(500, 7), { now }));
    expect(bundleProblems(JSON.parse(text))).toEqual([]);
  });

  it("is deterministic: the same events and clock give the same bytes; ids are UUIDv5 in the documented namespace", async () => {
    const a = await bundleOf([DEPLOYMENT, STATEMENT]);
    const b = await bundleOf([DEPLOYMENT, STATEMENT]);
    expect(a.text).toBe(b.text);
    expect(SECVAR_STIX_NAMESPACE).toBe(uuidV5("stix.secvar", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"));
    const relationship = ofType(a.bundle.objects, "relationship")[0];
    expect(relationship?.id).toBe(
      `relationship--${uuidV5("relationship|event|doc-a:2:0", SECVAR_STIX_NAMESPACE)}`,
    );
  });

  it("codes an event as a relationship between actor identities, with its sentence, confidence, interval and place", async () => {
    const { bundle } = await bundleOf([DEPLOYMENT]);
    const byId = new Map(bundle.objects.map((o) => [o.id, o]));
    const rel = ofType(bundle.objects, "relationship")[0] as Obj;
    expect(rel).toMatchObject({
      relationship_type: "aid",
      description: DEPLOYMENT.sentence,
      confidence: 70,
      start_time: "2024-10-25T00:00:00.000Z",
      stop_time: "2024-10-26T00:00:00.000Z",
      created: "2025-02-03T04:05:06.789Z",
      modified: "2025-02-03T04:05:06.789Z",
      x_secvar_cameo_code: "074",
      x_secvar_modality: "reported",
      object_marking_refs: ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"],
    });
    expect(byId.get(rel.source_ref as string)).toMatchObject({
      name: "North Korean military",
      identity_class: "organization",
      x_secvar_code: "PRKMIL",
    });
    expect(byId.get(rel.target_ref as string)).toMatchObject({ name: "Russia", x_secvar_code: "RUS" });
    expect(byId.get(rel.x_secvar_location_ref as string)).toMatchObject({
      name: "Kursk Oblast",
      latitude: 51.5,
      longitude: 36.1,
      country: "RU",
      x_secvar_country_iso3: "RUS",
    });
  });

  it("writes modality, attribution and grade as a note on the relationship", async () => {
    const { bundle } = await bundleOf([DEPLOYMENT]);
    const note = ofType(bundle.objects, "note")[0] as Obj;
    const rel = ofType(bundle.objects, "relationship")[0] as Obj;
    expect(note).toMatchObject({
      content: "Modality: reported. Attributed to UKRSPY. Evidence grade: B2.",
      object_refs: [rel.id],
      x_secvar_evidence_grade: "B2",
      x_secvar_attributed_to: "UKRSPY",
    });
  });

  it("writes a report per document referencing its objects, marked with its strictest TLP", async () => {
    const { bundle } = await bundleOf([STATEMENT, DEPLOYMENT, MEETING]);
    const [a, b] = ofType(bundle.objects, "report") as [Obj, Obj];
    expect(a).toMatchObject({
      name: "Troops, claims, and a 50-50 race",
      published: "2024-10-28T00:00:00.000Z",
      report_types: ["threat-report"],
      external_references: [
        { source_name: "Example Wire", url: "https://news.example.org/a", external_id: "doc-a" },
      ],
      object_marking_refs: ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"],
    });
    expect((a.object_refs as string[]).length).toBe(10); // 5 identities (USA, unspecified, outlet, PRKMIL, RUS), 1 location, 2 relationships, 2 notes
    expect(b).toMatchObject({
      name: "Document doc-b",
      published: "2025-02-03T04:05:06.789Z",
      object_marking_refs: ["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"],
    });
  });

  it("names identity classes by actor kind and role", async () => {
    const person = { ...DEPLOYMENT, sourceCode: "USAGOV", sourceName: "Joe Biden", sourceKind: "person" };
    const { bundle } = await bundleOf([person, MEETING]);
    const classes = Object.fromEntries(
      ofType(bundle.objects, "identity").map((o) => [String(o.x_secvar_code ?? o.name), o.identity_class]),
    );
    expect(classes).toMatchObject({
      USAGOV: "individual",
      RUS: "organization",
      IGOUNO: "organization",
      "---REB": "group",
    });
  });

  it("uses the standard TLP marking definitions, 2.0 by default and 1.0 on request", async () => {
    const v2 = (await bundleOf([DEPLOYMENT])).bundle.objects.find((o) => o.type === "marking-definition");
    expect(v2).toEqual(tlpMarking("GREEN"));
    expect(v2).toMatchObject({ name: "TLP:GREEN", created: "2022-10-01T00:00:00.000Z" });
    const clear = { ...DEPLOYMENT, tlp: "CLEAR" as const };
    const { bundle } = await bundleOf([clear], { tlpVersion: "1.0" });
    expect(bundle.objects.find((o) => o.type === "marking-definition")).toEqual({
      type: "marking-definition",
      spec_version: "2.1",
      id: "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
      created: "2017-01-20T00:00:00.000Z",
      definition_type: "tlp",
      name: "TLP:WHITE",
      definition: { tlp: "white" },
    });
    expect(bundleProblems(bundle)).toEqual([]);
  });

  it.each([
    ["AMBER+STRICT", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"],
    ["RED", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"],
    ["CLEAR", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"],
  ] as const)("marks %s with its fixed id", (level, id) => {
    expect(tlpMarking(level).id).toBe(id);
  });

  it("refuses events whose document comes back after another, and out-of-range confidence", async () => {
    const unsorted = bundleOf([DEPLOYMENT, MEETING, { ...STATEMENT }]);
    await expect(unsorted).rejects.toThrow(ExportError);
    await expect(bundleOf([DEPLOYMENT, MEETING, STATEMENT])).rejects.toThrow(
      "doc-a:0:0: expected the events of document doc-a together, found them again after another document",
    );
    await expect(bundleOf([{ ...DEPLOYMENT, confidence: 140 }])).rejects.toThrow(
      "doc-a:2:0: expected confidence between 0 and 100, found 140",
    );
  });

  it("writes an empty but valid bundle for no events", async () => {
    const { bundle } = await bundleOf([]);
    expect(bundle.objects.map((o) => o.type)).toEqual(["identity"]);
    expect(bundleProblems(bundle)).toEqual([]);
  });
});

describe("bundleProblems (the validator itself)", () => {
  it.each([
    ["a bad id", (o: Obj[]) => ((o[1] as Obj).id = "identity--not-a-uuid")],
    ["a timestamp without ms", (o: Obj[]) => ((o[1] as Obj).created = "2025-02-03T04:05:06Z")],
    [
      "a dangling ref",
      (o: Obj[]) =>
        ((o.find((x) => x.type === "relationship") as Obj).target_ref =
          `identity--${uuidV5("x", SECVAR_STIX_NAMESPACE)}`),
    ],
    ["a null", (o: Obj[]) => ((o[1] as Obj).name = null)],
    ["a bad custom property", (o: Obj[]) => ((o[1] as Obj).secvar_code = "x")],
  ])("catches %s", async (_, spoil) => {
    const { bundle } = await bundleOf([DEPLOYMENT]);
    spoil(bundle.objects);
    expect(bundleProblems(bundle).length).toBeGreaterThan(0);
  });
});
