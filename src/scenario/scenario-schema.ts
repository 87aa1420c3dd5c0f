/**
 * The YAML scenario format as a zod schema: the single source of the TypeScript types and of the
 * published JSON Schema (docs/scenario.schema.json).
 */
import { z } from "zod";

/** A probability: a number in [0, 1], a percentage ("30%"), an ICD 203 word ("likely") or "rest". */
export const Probability = z
  .union([z.number().min(0).max(1), z.string().min(1)])
  .describe(
    'a number in [0, 1], a percentage like "30%", an ICD 203 word like "likely", or "rest" (1 minus the others)',
  );

/** A distribution over the variable's states: a list in state order, or a map state → probability. */
export const Distribution = z
  .union([z.array(Probability), z.record(z.string(), Probability)])
  .describe("one probability per state: a list in the order of `states`, or a map state → probability");

export const Row = z
  .object({
    when: z
      .record(z.string(), z.union([z.string(), z.array(z.string())]))
      .describe("parent → state (or list of states); parents not named match any state"),
    probs: Distribution,
    note: z.string().optional().describe("the assumption behind this row, shown by `show` and `sensitivity`"),
  })
  .strict();

export const NoisyCause = z
  .object({
    parent: z.string(),
    state: z
      .union([z.string(), z.array(z.string())])
      .describe("the parent state(s) in which this cause is active"),
    p: Probability.optional().describe("noisy-OR: P(child = effect state | only this cause active, no leak)"),
    probs: Distribution.optional().describe("noisy-MAX: the child distribution this cause alone produces"),
    note: z.string().optional(),
  })
  .strict();

export const NoisyOr = z
  .object({
    state: z.string().optional().describe("the child state causes produce (default: the second state)"),
    leak: Probability.default(0).describe("P(effect | no cause active)"),
    causes: z.array(NoisyCause),
  })
  .strict();

export const NoisyMax = z
  .object({
    leak: Distribution.optional().describe(
      "child distribution with no cause active (default: all on the first state)",
    ),
    causes: z.array(NoisyCause),
  })
  .strict()
  .describe(
    "child states are ordered from lowest to highest degree; each cause gives a distribution, the child takes the maximum",
  );

export const ScenarioVariable = z
  .object({
    description: z.string().optional(),
    states: z.array(z.string().min(1)).min(2),
    parents: z.array(z.string()).optional(),
    probs: Distribution.optional().describe(
      "the distribution (for a variable without parents, or the same for every row)",
    ),
    table: z.array(Row).optional().describe("rows by parent states; later rows override earlier ones"),
    default: Distribution.optional().describe("the distribution of every row `table` does not list"),
    default_note: z.string().optional(),
    noisy_or: NoisyOr.optional(),
    noisy_max: NoisyMax.optional(),
    normalize: z.boolean().optional().describe("rescale rows that do not sum to 1 (e.g. written with words)"),
    note: z.string().optional().describe("the assumption behind the whole table"),
  })
  .strict();

export const ScenarioModel = z
  .object({
    name: z.string(),
    title: z.string().optional(),
    description: z.string().optional(),
    sources: z.array(z.string()).optional(),
    branch_on: z
      .array(z.string())
      .optional()
      .describe("variables whose states `scenario run` shows as branches"),
    variables: z.record(z.string(), ScenarioVariable),
  })
  .strict();

export type ScenarioModel = z.infer<typeof ScenarioModel>;
export type ScenarioVariable = z.infer<typeof ScenarioVariable>;
export type DistributionSpec = z.infer<typeof Distribution>;

/** The JSON Schema of scenario files (what docs/scenario.schema.json holds). */
export function scenarioJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(ScenarioModel, { io: "input" }),
    $id: "https://secvar.invalid/schema/scenario-1.json",
    title: "secvar scenario model",
  };
}
