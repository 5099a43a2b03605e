import { resolve } from "node:path";
import type { Review } from "../core/review.js";
import { renderUnifiedDiff } from "../fixes/apply-edits.js";
import { repositoryPrefix } from "../platform/apply-fixes.js";
import { writeOutputFile } from "../platform/output-file.js";
import { checkOptions, llmFixLimit } from "./fix-flags.js";
import { proveWithModel, type FixStageContext } from "../app/fix-with-model.js";
import { terminalPath } from "../reporters/path-text.js";
import type { Io } from "./io.js";
import type { ReviewOptions } from "./review-command.js";

/**
 * `review --fix`: proves the review's fixes (asking the model for more when
 * LLM review is on), writes every proven one into one patch (`--patch
 * <file>`, default ./codeguardian.patch) that applies with `git apply` from
 * the repository root, and returns the review with each finding's
 * validation record for the reporters.
 */
export async function writeFixPatch(
  review: Review,
  options: ReviewOptions,
  io: Io,
  context?: FixStageContext,
): Promise<Review> {
  if (review.target.kind !== "path") {
    io.stderr.write("codeguardian: --fix needs a local directory; no patch written for a git URL\n");
    return review;
  }
  const { result: findings, review: paid } = await proveWithModel(
    review,
    checkOptions(options),
    context,
    llmFixLimit(options.llmFixes),
    (line) => io.stderr.write(`${line}\n`),
    async (proven) => {
      for (const note of proven.notes) io.stderr.write(`codeguardian: ${note}\n`);
      for (const s of proven.skipped)
        io.stderr.write(`codeguardian: no fixes for ${terminalPath(s.file)}: ${s.reason}\n`);
      const prefix = await repositoryPrefix(review.target.root);
      const patch = proven.plan.files
        .map((f) =>
          renderUnifiedDiff(`${prefix}${f.file.path}`, f.file.text, f.after, {
            bom: proven.files.get(f.file.path)?.bom ?? false,
          }),
        )
        .join("");
      const outcomes = [...proven.plan.outcomes.values()];
      const provenCount = outcomes.filter((o) => o.validation.status === "proven").length;
      const checked = outcomes.filter((o) => o.validation.status === "model-checked").length;
      const rejected = outcomes.length - provenCount - checked;
      const path = resolve(io.cwd, options.patch ?? "codeguardian.patch");
      if (patch === "") {
        io.stderr.write(`codeguardian: no proven fixes (${outcomes.length} tried); no patch written\n`);
      } else {
        const what =
          checked === 0
            ? `${provenCount} proven fix${provenCount === 1 ? "" : "es"} (${rejected} rejected)`
            : `${provenCount + checked} fixes (${provenCount} proven, ${checked} model-checked; ${rejected} rejected)`;
        await writeOutputFile(path, patch, "the patch");
        io.stderr.write(
          `codeguardian: wrote ${what} to ${path}; apply with "git apply" from the repository root\n`,
        );
      }
      return proven.findings;
    },
    context?.signal,
  );
  return { ...paid, findings };
}
