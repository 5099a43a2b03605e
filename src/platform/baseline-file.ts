import { join } from "node:path";
import { z } from "zod";
import { CodeGuardianError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import type { Notice } from "../core/review.js";
import { formatCap, readRepoFile, REPO_FILE_CAPS, writeRepoFile } from "./safe-fs.js";

/** Committed next to the code so a fresh CI clone sees the same baseline. */
export const BASELINE_PATH = join(".codeguardian", "baseline.json");

const baselineSchema = z.object({
  version: z.literal(1),
  generatedAt: z.string(),
  findings: z.array(
    z.object({
      fingerprint: z.string().min(1),
      ruleId: z.string(),
      file: z.string(),
      line: z.number(),
      title: z.string(),
    }),
  ),
});

export type BaselineFile = z.infer<typeof baselineSchema>;

export interface BaselineRead {
  /** The baseline's fingerprints; undefined when the repository has none. */
  readonly fingerprints?: ReadonlySet<string>;
  /** Why a baseline was not used although something stands at its place. */
  readonly notice?: Notice;
}

/**
 * The committed baseline, read as data only. A `.codeguardian` that is not a
 * directory (a clone checks a committed symlink out as a plain file) means "no
 * baseline", said in a notice, so the repository cannot make every review of
 * it fail; a baseline that is a symlink, a special file or over the cap is an
 * error naming it (exit 2): silently dropping it would report every accepted
 * finding again.
 */
export async function readBaseline(root: string): Promise<BaselineRead> {
  const path = join(root, BASELINE_PATH);
  const read = await readRepoFile(root, BASELINE_PATH, REPO_FILE_CAPS.baseline);
  if (read.kind === "missing") return {};
  if (read.kind === "not-a-directory") {
    return {
      notice: {
        level: "warning",
        analyser: "baseline",
        file: BASELINE_PATH.split("\\").join("/"),
        message: `no baseline used: ${read.reason}`,
      },
    };
  }
  if (read.kind === "refused") {
    throw new CodeGuardianError("CG_CONFIG_INVALID", `${path}: cannot read baseline: ${read.reason}`, {
      hint: `A baseline must be a regular file of at most ${formatCap(REPO_FILE_CAPS.baseline)}; recreate it with \`codeguardian baseline\`.`,
    });
  }
  const text = read.text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CodeGuardianError("CG_CONFIG_INVALID", `${path}: baseline is not valid JSON`, {
      hint: "Recreate it with `codeguardian baseline`.",
    });
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CodeGuardianError(
      "CG_CONFIG_INVALID",
      `${path}: baseline key "${issue?.path.join(".") ?? ""}": ${issue?.message ?? "invalid"}`,
      { hint: "Recreate it with `codeguardian baseline`." },
    );
  }
  return { fingerprints: new Set(parsed.data.findings.map((f) => f.fingerprint)) };
}

/**
 * Records the given findings as accepted; returns the file written. Written
 * beside it and renamed into place, and never through a symlink in the
 * repository (`.codeguardian` or `baseline.json` pointing elsewhere).
 */
export async function writeBaseline(root: string, findings: readonly Finding[], now: Date): Promise<string> {
  const file: BaselineFile = {
    version: 1,
    generatedAt: now.toISOString(),
    findings: findings
      .map((f) => ({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        file: f.file,
        line: f.range.start.line,
        title: f.title,
      }))
      .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1)),
  };
  return writeRepoFile(root, BASELINE_PATH, `${JSON.stringify(file, null, 2)}\n`, { atomic: true });
}
