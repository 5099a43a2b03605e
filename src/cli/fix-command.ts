import { createInterface } from "node:readline";
import { CodeGuardianError, EXIT, type ExitCode } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import { resolveOverlaps } from "../fixes/plan.js";
import { FileFixSession, type ProposedFix } from "../fixes/session.js";
import { uncommittedPaths, writeWorkingFile } from "../platform/apply-fixes.js";
import { terminalPath } from "../reporters/path-text.js";
import { makeVisible } from "../reporters/visible-text.js";
import type { Io } from "./io.js";
import { localTargetOnly } from "../app/review.js";
import { performReview } from "./review-command.js";
import { proveWithModel } from "../app/fix-with-model.js";
import { checkOptions, llmFixLimit, type CheckFlags } from "./fix-flags.js";
import type { ProvenFixes, Skip } from "../app/fix-stage.js";

export interface FixOptions extends CheckFlags {
  readonly yes?: boolean;
  readonly force?: boolean;
  readonly config?: string;
  readonly minConfidence?: string;
  /** --llm <off|provider:model>: also ask the model for fixes (suggested ones, shown one by one). */
  readonly llm?: string;
  readonly llmFixes?: string;
  /** false with --no-cache. */
  readonly cache?: boolean;
  /** --db <file|url>: the review store whose caches the review and the fixes use. */
  readonly db?: string;
}

/** Reads y/n/q answers one line at a time from the injected input. */
class Prompter {
  private readonly reader: ReturnType<typeof createInterface>;
  private readonly lines: AsyncIterator<string>;

  constructor(input: NodeJS.ReadableStream) {
    this.reader = createInterface({ input, terminal: false });
    this.lines = this.reader[Symbol.asyncIterator]();
  }

  /** Lets go of the input, so a terminal's stdin does not keep the process alive. */
  close(): void {
    this.reader.close();
  }

  async ask(io: Io, question: string): Promise<"y" | "n" | "q"> {
    for (;;) {
      io.stderr.write(question);
      const next = await this.lines.next();
      if (next.done) return "q";
      const answer = next.value.trim().toLowerCase();
      if (answer === "y" || answer === "yes") return "y";
      if (answer === "n" || answer === "no" || answer === "") return "n";
      if (answer === "q" || answer === "quit") return "q";
    }
  }
}

/**
 * `codeguardian fix [target]`: reviews the target, then applies validated
 * fixes to the working tree — one at a time after showing each diff, or with
 * --yes every safe one. Files with uncommitted changes are left alone unless
 * --force; every skip is printed with its reason.
 */
export async function fixCommand(target: string | undefined, options: FixOptions, io: Io): Promise<ExitCode> {
  const checks = checkOptions(options);
  if (!options.yes && io.stdin === undefined) {
    throw new CodeGuardianError(
      "CG_USAGE",
      "codeguardian fix asks before each fix but has no input to read answers from",
      {
        hint: "Run it in a terminal, or pass --yes to apply every safe fix.",
      },
    );
  }
  const limit = llmFixLimit(options.llmFixes);
  await performReview(
    target === undefined ? [] : [target],
    {
      // The caches (LLM answers, proven fixes) are used; the review itself is not recorded.
      store: true,
      record: false,
      ...(options.db === undefined ? {} : { db: options.db }),
      ...(options.config === undefined ? {} : { config: options.config }),
      ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
      ...(options.llm === undefined ? {} : { llm: options.llm }),
      ...(options.cache === undefined ? {} : { cache: options.cache }),
    },
    io,
    {
      beforeRun: localTargetOnly(
        "codeguardian fix changes files, so it needs a local directory, not a git URL",
      ),
      // While the model and the caches are open: applying a fix may re-check the next one.
      afterRun: async (review, context) =>
        (
          await proveWithModel(
            review,
            checks,
            context,
            limit,
            (line) => io.stderr.write(`${line}\n`),
            (proven) => applyProven(review.target.root, proven, options, io),
            context.signal,
          )
        ).review,
    },
  );
  return EXIT.ok;
}

/** Asks for each proven fix (or takes every safe one), writes the files, and prints what was skipped. */
async function applyProven(root: string, proven: ProvenFixes, options: FixOptions, io: Io): Promise<void> {
  const skipped: Skip[] = [...proven.skipped];
  for (const note of proven.notes) io.stderr.write(`codeguardian: ${note}\n`);
  const dirty = await uncommittedPaths(root);
  if (dirty === undefined && !options.force) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `${root} is not in a git work tree, so a bad fix could not be undone`,
      {
        hint: "Commit the project to git first, or pass --force.",
      },
    );
  }
  const prompter = options.yes ? undefined : new Prompter(io.stdin!);
  let applied: number;
  try {
    applied = await applyToWorkingTree(proven, dirty, options, prompter, skipped, io);
  } finally {
    prompter?.close();
  }
  io.stdout.write(`Applied ${applied} fix${applied === 1 ? "" : "es"}.\n`);
  if (skipped.length > 0) {
    io.stdout.write(`Skipped ${skipped.length}:\n`);
    for (const s of skipped)
      io.stdout.write(
        `  ${terminalPath(s.file)}${s.line === undefined ? "" : `:${s.line}`}${s.ruleId ? ` ${s.ruleId}` : ""}: ${s.reason}\n`,
      );
  }
}

/** Asks for (or with --yes takes) each proven fix, file by file, and writes each changed file once. */
async function applyToWorkingTree(
  proven: ProvenFixes,
  dirty: ReadonlySet<string> | undefined,
  options: FixOptions,
  prompter: Prompter | undefined,
  skipped: Skip[],
  io: Io,
): Promise<number> {
  let applied = 0;
  let quit = false;
  for (const [path, file] of proven.files) {
    const findings = proven.candidates.filter((f) => f.file === path && f.fix);
    if (quit) {
      skipped.push(...findings.map((f) => skipOf(f, "not asked: you quit")));
      continue;
    }
    if (dirty?.has(path) && !options.force) {
      skipped.push(...findings.map((f) => skipOf(f, "file has uncommitted changes (use --force)")));
      continue;
    }
    // The stage's ladder and cache: fixes proven there are not re-asked of the model here.
    const session = new FileFixSession(file.source, { ...proven.ladder, bom: file.bom });
    let accepted = 0;
    for (const finding of resolveOverlaps(findings)) {
      if (quit) {
        skipped.push(skipOf(finding, "not asked: you quit"));
        continue;
      }
      const outcome = proven.plan.outcomes.get(finding.fingerprint);
      if (outcome?.validation.status === "rejected") {
        skipped.push(skipOf(finding, `fix not proven: ${outcome.validation.reasons.join("; ")}`));
        continue;
      }
      const proposal = await session.propose(finding);
      const decision = await decide(proposal, options, prompter, io);
      if (decision === "apply") {
        session.accept(proposal);
        accepted++;
      } else if (decision === "quit") {
        quit = true;
        skipped.push(skipOf(finding, "not asked: you quit"));
      } else skipped.push(skipOf(finding, decision));
    }
    if (session.changed) {
      const written = await writeWorkingFile(file, session.text);
      if ("refused" in written)
        skipped.push({ file: path, reason: `${accepted} accepted fix(es) not written: ${written.refused}` });
      else applied += accepted;
    }
  }
  return applied;
}

/** "apply", "quit", or why the fix was skipped. */
async function decide(
  proposal: ProposedFix,
  options: FixOptions,
  prompter: Prompter | undefined,
  io: Io,
): Promise<string> {
  if (proposal.validation.status === "rejected" || !proposal.fix) {
    return `fix not proven: ${proposal.validation.reasons.join("; ")}`;
  }
  if (options.yes)
    return proposal.fix.applicability === "safe" ? "apply" : "suggested fix: --yes applies only safe ones";
  const f = proposal.finding;
  // The name and the diff's code come from the repository: shown so they cannot drive the terminal.
  io.stdout.write(
    `\n${terminalPath(f.file)}:${f.range.start.line} ${f.ruleId} (${f.severity}): ${makeVisible(f.title)}\n`,
  );
  io.stdout.write(
    `${makeVisible(proposal.fix.description)} [${proposal.fix.applicability}, ${proposal.validation.status}]\n${makeVisible(proposal.diff.replace(/\r\n/g, "\n"))}`,
  );
  const answer = await prompter!.ask(io, "Apply this fix? [y/n/q] ");
  return answer === "y" ? "apply" : answer === "q" ? "quit" : "declined";
}

function skipOf(finding: Finding, reason: string): Skip {
  return { file: finding.file, line: finding.range.start.line, ruleId: finding.ruleId, reason };
}
