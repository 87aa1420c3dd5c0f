/** The secvar command line: one entry point, every error rendered once as a single line. */
import { Command, CommanderError } from "commander";
import { packageVersion } from "../data/index.js";
import { analyzeCommand } from "./analyze-command.js";
import { CliError } from "./cli-error.js";
import { demoCommand } from "./demo-command.js";
import { evalCommand } from "./eval-command.js";
import { type Output, processOutput } from "./output.js";
import { registerScenario } from "./scenario-program.js";
import { schemaCommand } from "./schema-command.js";

export function buildProgram(out: Output): Command {
  const program = new Command("secvar")
    .description("A workbench for analysts who watch security variables.")
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.out(s.trimEnd()), writeErr: (s) => out.err(s.trimEnd()) });
  program
    .command("analyze")
    .description(
      "analyse a news article (file, URL or - for stdin) into events, commitments and probabilities",
    )
    .argument("[input]", "a text or HTML file, an http(s) URL, or - for stdin")
    .option("--json", "print the full extraction as JSON (schema: docs/extraction.schema.json)")
    .option("--explain", "show the sentence, rule and dictionary entries behind each item")
    .option(
      "--batch <file>",
      "JSONL in ({id, text|html, published?, title?, url?, outlet?} per line), JSONL out",
    )
    .option("--published <date>", "publication date (YYYY-MM-DD), overrides what the document says")
    .option("--outlet <name>", "outlet name override")
    .option("--url <url>", "URL override")
    .option("--title <title>", "title override")
    .action((input: string | undefined, flags) => analyzeCommand(input, flags, out));
  program
    .command("demo")
    .description("analyse the bundled example articles and print their briefs (what npm start runs)")
    .action(() => demoCommand(out));
  program
    .command("eval")
    .description(
      "score the pipeline on gold files: sentence suites (.jsonl) or news folders (<id>.article.json + <id>.gold.json)",
    )
    .argument("[gold...]", "gold files or folders (default with --all: the development sets)")
    .option("--all", "add every development suite (../shared/eval and examples/articles)")
    .option("--suite <name>", "only one suite: petr2, cameo, plover or news")
    .option("--json", "figures, results and every record's produced events as JSON")
    .option("--errors <n>", "how many of the worst records to show", "10")
    .option("--doc <file>", "write the generated evaluation report (docs/evaluation.md)")
    .option("--baseline <file>", "fail when a figure drops more than 2 points below this baseline")
    .option("--update-baseline", "write the current figures as the new baseline")
    .action((gold: string[], flags) => evalCommand(gold, flags, out));
  program
    .command("schema")
    .description("print the JSON Schema of `secvar analyze --json` output")
    .action(() => schemaCommand(out));
  registerScenario(program, out);
  return program;
}

export async function main(argv: string[], out: Output = processOutput): Promise<number> {
  try {
    await buildProgram(out).parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      out.err(`secvar: ${e.message}`);
      return e.exitCode;
    }
    out.err(
      `secvar: internal error: ${(e as Error).message} (please report this with the input that caused it)`,
    );
    if (process.env.SECVAR_DEBUG) out.err(String((e as Error).stack));
    return 1;
  }
}
