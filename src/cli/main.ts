/** The secvar command line: one entry point, every error rendered once as a single line. */
import { Command, CommanderError } from "commander";
import { packageVersion } from "../data/index.js";
import { CliError } from "./cli-error.js";
import { type Output, processOutput } from "./output.js";
import { withFilters } from "./query-filters.js";
import { registerScenario } from "./scenario-program.js";

/** Commands load their modules only when they run: a scenario run does not pay for the NLP stack. */
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
    .action(async (input: string | undefined, flags) =>
      (await import("./analyze-command.js")).analyzeCommand(input, flags, out),
    );
  program
    .command("demo")
    .description("analyse the bundled example articles and print their briefs (what npm start runs)")
    .action(async () => {
      await (await import("./demo-command.js")).demoCommand(out);
    });
  program
    .command("eval")
    .description(
      "score the pipeline on gold files: sentence suites, timex or geo sets (.jsonl) or news folders (<id>.article.json + <id>.gold.json)",
    )
    .argument("[gold...]", "gold files or folders (default with --all: the development sets)")
    .option("--all", "add every development suite (../shared/eval and examples/articles)")
    .option("--suite <name>", "only one suite: petr2, cameo, plover, news, timex or geo")
    .option("--json", "figures, results and every record's produced events as JSON")
    .option("--errors <n>", "how many of the worst records to show", "10")
    .option("--doc <file>", "write the generated evaluation report (docs/evaluation.md)")
    .option("--baseline <file>", "fail when a figure drops more than 2 points below this baseline")
    .option("--update-baseline", "write the current figures as the new baseline")
    .action(async (gold: string[], flags) =>
      (await import("./eval-command.js")).evalCommand(gold, flags, out),
    );
  const DB = "knowledge store: a SQLite file or postgres:// URL (default $SECVAR_DB, else ./secvar.db)";
  program
    .command("ingest")
    .description(
      "analyse documents into the knowledge store: files, folders, globs, JSONL, RSS/Atom feeds, URLs",
    )
    .argument("<inputs...>", "files, folders (recursive), globs, .jsonl batches, feeds (file or URL), URLs")
    .option("--db <location>", DB)
    .option("--threads <n>", "extraction threads (default: all cores)")
    .option("--batch <n>", "documents per write transaction batch (default 1024)")
    .option("--source <name>", "who published these documents (source name for reliability grading)")
    .option("--source-kind <kind>", "kind of that source (see data/sources/reliability.json)")
    .option("--published <date>", "publication date (YYYY-MM-DD) for every document")
    .option("--outlet <name>", "outlet name for every document")
    .option("--follow-links", "fetch each feed item's link instead of using its summary")
    .option("--json", "print the summary as JSON")
    .action(async (inputs: string[], flags) => {
      await (await import("./ingest-command.js")).ingestCommand(inputs, flags, out);
    });
  withFilters(program.command("events").description("list stored events (filters combine)"))
    .option("--db <location>", DB)
    .option("--json", "one page as JSON ({items, next})")
    .option("--jsonl", "one event per line")
    .action(async (flags) => (await import("./query-commands.js")).eventsCommand(flags, out));
  withFilters(
    program
      .command("claims")
      .description("list claims: events merged across documents, with evidence grades"),
  )
    .option("--contested", "only claims that a source denies")
    .option("--db <location>", DB)
    .option("--json", "one page as JSON ({items, next})")
    .option("--jsonl", "one claim per line")
    .action(async (flags) => (await import("./query-commands.js")).claimsCommand(flags, out));
  program
    .command("actors")
    .description("list actors in the store with their mention and event counts")
    .option("--country <ISO3>", "only actors of this country")
    .option("--name <text>", "name substring or code prefix")
    .option("--limit <n>", "rows per page (default 100)")
    .option("--after <cursor>", "continue after this page cursor")
    .option("--db <location>", DB)
    .option("--json", "one page as JSON ({items, next})")
    .option("--jsonl", "one actor per line")
    .action(async (flags) => (await import("./query-commands.js")).actorsCommand(flags, out));
  withFilters(program.command("timeline").description("events by day"))
    .option("--db <location>", DB)
    .option("--json", "one page as JSON ({items, next})")
    .option("--jsonl", "one day per line")
    .action(async (flags) => (await import("./query-commands.js")).timelineCommand(flags, out));
  withFilters(
    program
      .command("export")
      .description("export stored events as jsonl, csv, gdelt (TSV), stix (2.1 bundle) or geojson"),
  )
    .option("--format <format>", "jsonl | csv | gdelt | stix | geojson", "jsonl")
    .option("--out <file>", "write to this file instead of stdout")
    .option("--header", "csv/gdelt: write a header row")
    .option("--tlp <level>", "TLP marking for stix: CLEAR, GREEN, AMBER, AMBER+STRICT, RED")
    .option("--db <location>", DB)
    .action(async (flags) => (await import("./export-command.js")).exportCommand(flags, out));
  program
    .command("schema")
    .description("print the JSON Schema of `secvar analyze --json` output")
    .action(async () => (await import("./schema-command.js")).schemaCommand(out));
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
