/**
 * A zod schema of the STIX 2.1 objects secvar writes (STIX 2.1 specification, OASIS 2021):
 * required common properties, `type--uuid` ids, RFC 3339 timestamps with milliseconds and Z,
 * open vocabularies where secvar keeps to the suggested values, no null values, and custom
 * property names as §11.1 asks. `bundleProblems` adds the checks across objects.
 */
import { z } from "zod";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const id = (type: string) => z.string().regex(new RegExp(`^${type}--${UUID}$`));
const anyId = z.string().regex(new RegExp(`^[a-z0-9-]+--${UUID}$`));
const timestamp = z.string().regex(TIMESTAMP);
const markingRefs = z.array(id("marking-definition")).min(1).optional();

const common = {
  spec_version: z.literal("2.1"),
  created: timestamp,
  modified: timestamp,
  created_by_ref: id("identity").optional(),
  object_marking_refs: markingRefs,
};

const custom = z.record(z.string().regex(/^x_[a-z0-9_]{1,248}$/), z.unknown());

/** Keeps the listed properties to their schema and any other to a custom x_ name. */
function sdo<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape)
    .catchall(z.unknown())
    .superRefine((value, ctx) => {
      const extra = Object.fromEntries(Object.entries(value).filter(([k]) => !(k in shape)));
      const result = custom.safeParse(extra);
      if (!result.success)
        ctx.addIssue({ code: "custom", message: `bad custom property: ${Object.keys(extra).join(", ")}` });
    });
}

export const Identity = sdo({
  type: z.literal("identity"),
  id: id("identity"),
  ...common,
  name: z.string().min(1),
  identity_class: z.enum(["individual", "group", "system", "organization", "class", "unknown"]),
});

export const Location = sdo({
  type: z.literal("location"),
  id: id("location"),
  ...common,
  name: z.string().min(1).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
})
  .refine((l) => l.country !== undefined || (l.latitude !== undefined && l.longitude !== undefined), {
    message: "a location needs a country or latitude and longitude",
  })
  .refine((l) => (l.latitude === undefined) === (l.longitude === undefined), {
    message: "latitude and longitude go together",
  });

export const Relationship = sdo({
  type: z.literal("relationship"),
  id: id("relationship"),
  ...common,
  relationship_type: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  description: z.string().optional(),
  source_ref: anyId,
  target_ref: anyId,
  start_time: timestamp.optional(),
  stop_time: timestamp.optional(),
  confidence: z.number().int().min(0).max(100).optional(),
}).refine((r) => !r.start_time || !r.stop_time || r.stop_time > r.start_time, {
  message: "stop_time must be later than start_time",
});

export const Note = sdo({
  type: z.literal("note"),
  id: id("note"),
  ...common,
  abstract: z.string().optional(),
  content: z.string().min(1),
  object_refs: z.array(anyId).min(1),
});

const ExternalReference = z
  .object({ source_name: z.string().min(1), url: z.string().optional(), external_id: z.string().optional() })
  .strict();

export const Report = sdo({
  type: z.literal("report"),
  id: id("report"),
  ...common,
  name: z.string().min(1),
  report_types: z.array(z.string().min(1)).min(1),
  published: timestamp,
  object_refs: z.array(anyId).min(1),
  external_references: z.array(ExternalReference).min(1).optional(),
});

const TLP2 = z
  .object({
    type: z.literal("marking-definition"),
    spec_version: z.literal("2.1"),
    id: id("marking-definition"),
    created: z.literal("2022-10-01T00:00:00.000Z"),
    name: z.enum(["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"]),
    extensions: z.object({
      "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": z
        .object({
          extension_type: z.literal("property-extension"),
          tlp_2_0: z.enum(["clear", "green", "amber", "amber+strict", "red"]),
        })
        .strict(),
    }),
  })
  .strict();

const TLP1 = z
  .object({
    type: z.literal("marking-definition"),
    spec_version: z.literal("2.1"),
    id: id("marking-definition"),
    created: z.literal("2017-01-20T00:00:00.000Z"),
    definition_type: z.literal("tlp"),
    name: z.enum(["TLP:WHITE", "TLP:GREEN", "TLP:AMBER", "TLP:RED"]),
    definition: z.object({ tlp: z.enum(["white", "green", "amber", "red"]) }).strict(),
  })
  .strict();

export const StixObject = z.union([Identity, Location, Relationship, Note, Report, TLP2, TLP1]);

export const Bundle = z
  .object({
    type: z.literal("bundle"),
    id: id("bundle"),
    objects: z.array(z.record(z.string(), z.unknown())).min(1),
  })
  .strict();

function nulls(value: unknown, path: string): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulls(v, `${path}[${i}]`));
  if (typeof value === "object")
    return Object.entries(value as object).flatMap(([k, v]) => nulls(v, `${path}.${k}`));
  return [];
}

function refsOf(object: Record<string, unknown>): string[] {
  return Object.entries(object).flatMap(([key, value]) => {
    if (key.endsWith("_ref") && typeof value === "string") return [value];
    if (key.endsWith("_refs") && Array.isArray(value)) return value as string[];
    return [];
  });
}

/** Every problem of a bundle, as one line each: schema errors, nulls, duplicate ids, dangling refs. */
export function bundleProblems(bundle: unknown): string[] {
  const parsed = Bundle.safeParse(bundle);
  if (!parsed.success) return [`bundle: ${parsed.error.message}`];
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const object of parsed.data.objects) {
    const oid = String(object.id);
    if (ids.has(oid)) problems.push(`${oid}: duplicate id`);
    ids.add(oid);
    const result = StixObject.safeParse(object);
    if (!result.success)
      problems.push(
        `${oid}: ${result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
      );
    for (const path of nulls(object, oid)) problems.push(`${path}: null value`);
  }
  for (const object of parsed.data.objects) {
    for (const ref of refsOf(object))
      if (!ids.has(ref)) problems.push(`${String(object.id)}: dangling ref ${ref}`);
  }
  return problems;
}
