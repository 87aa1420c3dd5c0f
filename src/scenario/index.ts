/**
 * The scenario engine: discrete Bayesian networks with exact junction-tree inference. Pure (no
 * Node APIs): it runs the same in the CLI, a worker, the server and the browser.
 *
 * @example
 * const jt = compile(parseModel(text, "us-election-2024.yaml"));
 * const { pEvidence, marginals } = infer(jt, { evidence: { election: "trump" } });
 */
export { parseBif } from "./bif-reader.js";
export { writeBif } from "./bif-writer.js";
export { writeDot } from "./dot-writer.js";
export { infer, logProbabilityOfEvidence, type Posterior, probabilityOfEvidence } from "./inference.js";
export { type CompileOptions, compile, type JunctionTree } from "./junction-tree.js";
export { type Network, type RowNote, rowStates, type Variable } from "./model.js";
export { formatOf, type ModelFormat, parseModel, writeModel } from "./model-format.js";
export { type Explanation, mostProbableExplanation } from "./mpe.js";
export { marginalsRecord, type PosteriorRecord, posteriorRecord } from "./posterior-record.js";
export { ICD_203, type ProbabilityBand, probabilityBand, probabilityValue } from "./probability-words.js";
export { createWorkspace, type Workspace } from "./propagation.js";
export type { Query } from "./query.js";
export { isScenarioError, ScenarioError, type ScenarioProblem } from "./scenario-error.js";
export { ScenarioModel, scenarioJsonSchema } from "./scenario-schema.js";
export {
  type EvidenceSensitivity,
  type ParameterSensitivity,
  type SensitivityOptions,
  type SensitivityReport,
  sensitivity,
} from "./sensitivity.js";
export { HEURISTICS, type Heuristic } from "./triangulation.js";
export { type InformationValue, type VoiReport, valueOfInformation } from "./value-of-information.js";
export { parseXmlBif, writeXmlBif } from "./xmlbif.js";
export { parseScenarioYaml, scenarioFromObject } from "./yaml-reader.js";
export { writeScenarioYaml } from "./yaml-writer.js";
