import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { CodeGuardianError, EXIT, type ExitCode } from "../core/errors.js";
import { SEVERITIES } from "../core/severity.js";
import { OUTPUT_FORMATS } from "../core/config.js";
import { processEnv } from "../platform/env.js";
import { withGitSession } from "../platform/run-git.js";
import { interruptSignal } from "../platform/signals.js";
import { packageVersion } from "../platform/version.js";
import { createOperatorKeyCommand, createOrgCommand, type CreateOrgOptions } from "./admin-command.js";
import { linkIdentityCommand, type LinkIdentityOptions } from "./link-identity-command.js";
import { listOperatorKeysCommand, revokeOperatorKeyCommand } from "./operator-keys-command.js";
import { baselineCommand } from "./baseline-command.js";
import { fixCommand, type FixOptions } from "./fix-command.js";
import { refuseGluedShortOptions } from "./glued-options.js";
import { dismissCommand, type DismissOptions } from "./dismiss-command.js";
import { dismissalsCommand } from "./dismissals-command.js";
import { historyCommand } from "./history-command.js";
import { historyImportCommand } from "./history-import-command.js";
import type { Io } from "./io.js";
import { reviewCommand, type ReviewOptions } from "./review-command.js";
import { rulesCommand } from "./rules-command.js";
import { RulesPool } from "../workers/rules-pool.js";

/** `--db` of the admin commands, which work on the HTTP service's store. */
const SERVER_DB_HELP =
  "the service's store: a SQLite file or a postgres:// URL (default: server.db in the data directory)";
const DB_HELP =
  "review store: a SQLite file outside the repository or a postgres:// URL (default: history.db in the data directory)";

/** The heavier fix checks, shared by `review --fix` and `fix` (operator flags: they run programs). */
const fixChecks = {
  pyCompile: () =>
    new Option(
      "--py-compile [python]",
      "also check fixed Python files with <python> -m py_compile (default python3)",
    ),
  tsc: () =>
    new Option(
      "--tsc <path>",
      "also type-check fixes with this TypeScript compiler when the project has a tsconfig.json",
    ),
  testCommand: () =>
    new Option("--test-command <command>", "also run this test command (no shell) on a fixed copy"),
  checkTimeout: () => new Option("--check-timeout <seconds>", "time limit per check run (default 300)"),
};

/** Entry point of the `codeguardian` bin. Sets process.exitCode; never throws. */
export async function main(argv: readonly string[]): Promise<void> {
  const interrupt = interruptSignal(() =>
    process.stderr.write("\ncodeguardian: cancelling (press Ctrl-C again to stop at once)\n"),
  );
  try {
    process.exitCode = await run(argv.slice(2), {
      cwd: process.cwd(),
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      env: processEnv(),
      signal: interrupt.signal,
    });
  } finally {
    interrupt.dispose();
  }
}

/** Runs the CLI against the given streams and returns the exit code. */
export async function run(args: readonly string[], io: Io): Promise<ExitCode> {
  const debug = args.includes("--debug");
  let exitCode: ExitCode = EXIT.ok;
  // Workers start only when a review has files for the rules, so other commands pay nothing.
  const rulesPool = io.rulesPool ?? new RulesPool();
  const program = buildProgram({ ...io, rulesPool }, (code) => {
    exitCode = code;
  });
  try {
    refuseGluedShortOptions(program, args);
    // One command reads each repository's git configuration once (see platform/run-git.ts).
    await withGitSession(() => program.parseAsync([...args], { from: "user" }));
    return exitCode;
  } catch (error) {
    return reportError(error, io, debug);
  } finally {
    if (io.rulesPool === undefined) await rulesPool.close();
  }
}

/**
 * `--format` values, collected across repeats. A value that is no format
 * (a path typed after the flag, a typo) is named at once, with the choices.
 */
function collectFormats(value: string, previous: string[] | undefined): string[] {
  for (const part of value.split(",").map((p) => p.trim())) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(part)) {
      throw new InvalidArgumentError(
        `"${part}" is not an output format; use one of ${OUTPUT_FORMATS.join(", ")}, comma-separated or with --format repeated.`,
      );
    }
  }
  return [...(previous ?? []), value];
}

function buildProgram(io: Io, setExit: (code: ExitCode) => void): Command {
  const program = new Command("codeguardian")
    .description("Reviews code with built-in rules, external analysers and (optionally) LLM agents.")
    .version(packageVersion())
    .option("--debug", "show stack traces for internal errors")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError("(run with --help for usage)");

  program
    .command("review")
    .description("review a directory, one or more files, or a git URL (default: the current directory)")
    .argument("[targets...]", "directory, files, or a git URL")
    .addOption(
      // Not variadic: `review --format json .` must read "." as the target,
      // not as a second format. Repeat the flag or separate with commas.
      new Option(
        "-f, --format <formats>",
        `output formats, comma-separated or repeated (${OUTPUT_FORMATS.join(", ")})`,
      ).argParser(collectFormats),
    )
    .option("-o, --out <path>", "write the report to this file (or directory, for several formats)")
    .option(
      "--diff <base-ref>",
      "review only files changed since <base-ref>, and only findings on changed lines",
    )
    .option("--whole-files", "with --diff, keep every finding in a changed file")
    .option("--all", "list every finding in the terminal report, not the first 20 of each severity")
    .addOption(
      new Option("--fail-on <severity>", "exit 1 when a finding is at or above this severity").choices([
        ...SEVERITIES,
        "none",
      ]),
    )
    .option("--min-confidence <number>", "hide findings below this confidence (0–1, default 0.5)")
    .option("-c, --config <file>", "use this config file instead of the repository's .codeguardian.yml")
    .option("--db <file|url>", DB_HELP)
    .option("--no-store", "open no review store: nothing recorded, nothing compared, no caches kept")
    .option("--allow-incomplete", "exit normally even if an analyser failed or timed out")
    .option("--fail-on-partial", "exit 4 when an LLM budget or other operator limit cut planned work")
    .option("--no-baseline", "also report findings recorded in .codeguardian/baseline.json")
    .option("--fix", "validate fixes and write the proven ones to codeguardian.patch")
    .option("--patch <file>", "with --fix, write the patch here instead (implies --fix)")
    .addOption(fixChecks.pyCompile())
    .addOption(fixChecks.tsc())
    .addOption(fixChecks.testCommand())
    .addOption(fixChecks.checkTimeout())
    .option(
      "--llm <off|provider|provider:model>",
      "LLM review: off (default), a provider (its tiers per agent, e.g. openai) or one model for everything (e.g. openai:gpt-4.1)",
    )
    .option("--no-cache", "do not reuse or record cached LLM answers")
    .option("--resume <review-id>", "resume an interrupted review, reusing the LLM steps it finished")
    .option(
      "--llm-fixes <count>",
      "with --fix and --llm, ask the model for at most this many fixes (default 20, 0: none)",
    )
    .action(async (targets: string[], options: ReviewOptions) => {
      setExit(await reviewCommand(targets, options, io));
    });

  const history = program
    .command("history")
    .description("list past reviews of a target, newest first, with new and fixed counts")
    .argument("[target]", "directory or git URL (default: the current directory)")
    .option("--db <file|url>", DB_HELP)
    .option("-n, --limit <count>", "how many reviews to list", "20")
    .option("--json", "print JSON instead of a table")
    .action(async (target: string | undefined, options: { db?: string; limit: string; json?: boolean }) => {
      setExit(await historyCommand(target, options, io));
    });
  history
    .command("import")
    .description(
      "import the reviews of an old history file after validating every row (caches are not imported)",
    )
    .argument("<file>", "an old history database, e.g. a repository's .codeguardian/codeguardian.db")
    .option("--db <file|url>", DB_HELP)
    .action(async (file: string, options: { db?: string }) => {
      setExit(await historyImportCommand(file, options, io));
    });

  program
    .command("dismiss")
    .description(
      "dismiss a finding in the target's project: later reviews leave it out and list it as dismissed (--undo brings it back)",
    )
    .argument(
      "<fingerprint>",
      "the finding's fingerprint (from the JSON, HTML or SARIF report, or --verbose), or its start",
    )
    .argument("[target]", "directory or git URL (default: the current directory)")
    .option("--reason <text>", "why it is not worth reporting (required unless --undo)")
    .option("--undo", "undo the dismissal of <fingerprint>")
    .option("--db <file|url>", DB_HELP)
    .action(async (fingerprint: string, target: string | undefined, options: DismissOptions) => {
      setExit(await dismissCommand(fingerprint, target, options, io));
    });

  program
    .command("dismissals")
    .description("list the findings dismissed in a target's project, newest first, with who, when and why")
    .argument("[target]", "directory or git URL (default: the current directory)")
    .option("--db <file|url>", DB_HELP)
    .option("--json", "print JSON instead of a table")
    .action(async (target: string | undefined, options: { db?: string; json?: boolean }) => {
      setExit(await dismissalsCommand(target, options, io));
    });

  const admin = program.command("admin").description("operator commands on the HTTP service's store");
  admin
    .command("create-org")
    .description("create an organisation and its owner, and print an owner API key once")
    .argument("<name>", "the organisation's name")
    .option("--slug <slug>", "its URL name (default: made from the name)")
    .requiredOption("--owner-email <email>", "the owner's e-mail address (an existing user is reused)")
    .option("--owner-name <name>", "the owner's name (default: the e-mail address)")
    .option("--db <file|url>", SERVER_DB_HELP)
    .action(async (name: string, options: CreateOrgOptions) => {
      setExit(await createOrgCommand(name, options, io));
    });
  admin
    .command("create-operator-key")
    .description("create a key for the /v1/admin routes, and print it once")
    .argument("<name>", "what the key is for, e.g. prometheus")
    .option("--db <file|url>", SERVER_DB_HELP)
    .action(async (name: string, options: { db?: string }) => {
      setExit(await createOperatorKeyCommand(name, options, io));
    });
  admin
    .command("list-operator-keys")
    .description("list the operator keys: name, prefix, created, last used, revoked (never the key)")
    .option("--db <file|url>", SERVER_DB_HELP)
    .option("--json", "print JSON instead of a table")
    .action(async (options: { db?: string; json?: boolean }) => {
      setExit(await listOperatorKeysCommand(options, io));
    });
  admin
    .command("revoke-operator-key")
    .description("revoke an operator key, named by its listed prefix or its name; it is refused from then on")
    .argument("<prefix|name>", "the key's prefix (cgop_…) or its name")
    .option("--db <file|url>", SERVER_DB_HELP)
    .action(async (given: string, options: { db?: string }) => {
      setExit(await revokeOperatorKeyCommand(given, options, io));
    });

  admin
    .command("link-identity")
    .description(
      "let an identity provider's user (a JWT's iss and sub) act as the user with this e-mail address",
    )
    .argument("<email>", "the CodeGuardian user's e-mail address")
    .requiredOption("--issuer <iss>", "the JWT issuer, as given to serve --jwt-issuer")
    .requiredOption("--subject <sub>", "the user's subject (sub claim) at that issuer")
    .option("--db <file|url>", SERVER_DB_HELP)
    .action(async (email: string, options: LinkIdentityOptions) => {
      setExit(await linkIdentityCommand(email, options, io));
    });

  program
    .command("baseline")
    .description(
      "record every current finding in .codeguardian/baseline.json; later reviews report only new ones",
    )
    .argument("[target]", "directory (default: the current directory)")
    .option("-c, --config <file>", "use this config file instead of the repository's .codeguardian.yml")
    .option("--db <file|url>", DB_HELP)
    .action(async (target: string | undefined, options: { config?: string; db?: string }) => {
      setExit(await baselineCommand(target, options, io));
    });

  program
    .command("fix")
    .description("apply validated fixes to the working tree: one at a time, or --yes for every safe fix")
    .argument("[target]", "directory (default: the current directory)")
    .option("-y, --yes", "apply every safe fix without asking (suggested fixes are skipped)")
    .option("--force", "also change files with uncommitted changes, or outside git")
    .option("-c, --config <file>", "use this config file instead of the repository's .codeguardian.yml")
    .option("--min-confidence <number>", "ignore findings below this confidence (0–1, default 0.5)")
    .addOption(fixChecks.pyCompile())
    .addOption(fixChecks.tsc())
    .addOption(fixChecks.testCommand())
    .option("--llm <off|provider:model>", "also review with LLM agents and ask the model for fixes")
    .option("--llm-fixes <count>", "ask the model for at most this many fixes (default 20, 0: none)")
    .option("--no-cache", "do not reuse or record cached LLM answers")
    .option("--db <file|url>", DB_HELP)
    .addOption(fixChecks.checkTimeout())
    .action(async (target: string | undefined, options: FixOptions) => {
      setExit(await fixCommand(target, options, io));
    });

  program
    .command("rules")
    .description("list the built-in rules")
    .option("--json", "print JSON")
    .option("--language <language>", "only rules for this language")
    .action((options: { json?: boolean; language?: string }) => {
      setExit(rulesCommand(options, io));
    });

  return program;
}

function reportError(error: unknown, io: Io, debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    // Commander already printed help or the usage error.
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      error.code === "commander.help"
    ) {
      return EXIT.ok;
    }
    return EXIT.usage;
  }
  if (error instanceof CodeGuardianError) {
    io.stderr.write(`codeguardian: ${error.message}\n`);
    if (error.hint) io.stderr.write(`hint: ${error.hint}\n`);
    if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`codeguardian: internal error: ${message}\n`);
  io.stderr.write(
    debug && error instanceof Error && error.stack
      ? `${error.stack}\n`
      : "hint: run again with --debug for details, and report it if it persists.\n",
  );
  return EXIT.internal;
}
