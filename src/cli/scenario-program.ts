/** The `scenario` command and its sub-commands, registered on the program by main.ts. */
import type { Command } from "commander";
import type { Output } from "./output.js";
import { collect, type ScenarioFlags } from "./scenario-args.js";
import type { ScenarioAction } from "./scenario-command.js";

/** The engine loads only when a scenario command runs, so other commands start no slower. */
const commands = () => import("./scenario-command.js");

const ACTIONS: [ScenarioAction, string][] = [
  ["show", "print the model: variables, parents, tables with their assumptions, junction-tree size"],
  ["run", "posterior marginals of every variable (bars; --json: {p_evidence, log10_p_evidence, marginals})"],
  ["what-if", "before → after for every variable under --evidence / --soft / --do"],
  ["sensitivity", "which CPT entries (assumptions) and which observations move --target VAR=STATE most"],
  ["voi", "value of information: mutual information between --target VAR and each other variable"],
  ["mpe", "most probable explanation: the likeliest joint state of all variables given the evidence"],
];

export function registerScenario(program: Command, out: Output): void {
  const scenario = program
    .command("scenario")
    .description("Bayesian network scenarios: exact inference, what-if, sensitivity, value of information");
  for (const [name, description] of ACTIONS) {
    const cmd = scenario
      .command(name)
      .description(description)
      .argument("<model>", "a YAML scenario (.yaml), BIF (.bif) or XMLBIF (.xml) file")
      .option(
        "-e, --evidence <VAR=STATE>",
        "hard evidence; repeat the flag or separate pairs by commas",
        collect,
      )
      .option(
        "--soft <VAR=L1,L2,...>",
        "likelihood evidence: one likelihood per state in declaration order",
        collect,
      )
      .option("--do <VAR=STATE>", "intervention: cut VAR's parents and clamp it; repeatable", collect)
      .option(
        "--heuristic <name>",
        "triangulation: auto, weighted-min-fill, min-fill, min-weight, min-neighbours",
      )
      .option("--json", "print JSON");
    if (name === "sensitivity")
      cmd
        .option("--target <VAR=STATE>", "the target state")
        .option("--delta <d>", "sweep each parameter by ±d instead of over 0…1")
        .option("--top <n>", "how many entries to list", "10");
    if (name === "voi")
      cmd.option("--target <VAR>", "the target variable").option("--top <n>", "how many to list", "15");
    cmd.action(async (model: string, flags: ScenarioFlags) =>
      (await commands()).scenarioCommand(name, model, flags, out),
    );
  }
  scenario
    .command("convert")
    .description("convert between YAML, BIF, XMLBIF (in and out) and GraphViz DOT (out), by file extension")
    .argument("<in>", "input model")
    .argument("<out>", "output file (.yaml, .bif, .xml, .dot)")
    .action(async (input: string, output: string) => (await commands()).convertCommand(input, output, out));
}
