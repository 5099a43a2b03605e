import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { CodeGuardianError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import { writeTextFile } from "./files.js";

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

/** The baseline's fingerprints, or undefined when the repository has none. */
export async function readBaseline(root: string): Promise<ReadonlySet<string> | undefined> {
  const path = join(root, BASELINE_PATH);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new CodeGuardianError(
      "CG_CONFIG_INVALID",
      `${path}: cannot read baseline (${(error as Error).message})`,
    );
  }
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
  return new Set(parsed.data.findings.map((f) => f.fingerprint));
}

/** Records the given findings as accepted; returns the file written. */
export async function writeBaseline(root: string, findings: readonly Finding[], now: Date): Promise<string> {
  const path = join(root, BASELINE_PATH);
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
  await writeTextFile(path, `${JSON.stringify(file, null, 2)}\n`);
  return path;
}
