/**
 * The verdicts file of the false-positive set (bench/fp-set/verdicts.json):
 * one entry per finding fingerprint, made by a judge who has not read the
 * rules (bench/fp-set/JUDGE-BRIEF.md).
 */
import { z } from "zod";

export const VERDICTS = ["true", "false", "debatable"] as const;
export type VerdictValue = (typeof VERDICTS)[number];

const verdict = z.strictObject({
  verdict: z.enum(VERDICTS),
  reason: z
    .string()
    .trim()
    .min(1, "a one-line reason")
    .refine((r) => !r.includes("\n"), "one line"),
  project: z.string().min(1),
  rule: z.string().min(1),
  file: z.string().min(1),
  line: z.number().int().positive(),
});

export type Verdict = z.infer<typeof verdict>;

/** A fingerprint as the JSON report writes it (hex). */
const FINGERPRINT = /^[0-9a-f]{8,128}$/;

export interface VerdictsParse {
  readonly verdicts: ReadonlyMap<string, Verdict>;
  readonly problems: readonly string[];
}

/** Parses verdicts.json; every problem names the fingerprint and field, and a bad entry is not used. */
export function parseVerdicts(text: string): VerdictsParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { verdicts: new Map(), problems: [`not JSON: ${(error as Error).message}`] };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { verdicts: new Map(), problems: ["expected an object keyed by fingerprint"] };
  const verdicts = new Map<string, Verdict>();
  const problems: string[] = [];
  for (const [fingerprint, value] of Object.entries(json)) {
    if (!FINGERPRINT.test(fingerprint)) {
      problems.push(`${JSON.stringify(fingerprint)}: not a fingerprint (lower-case hex)`);
      continue;
    }
    const result = verdict.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${fingerprint}: ${issue.path.join(".") || "(entry)"}: ${issue.message}`);
      continue;
    }
    verdicts.set(fingerprint, result.data);
  }
  return { verdicts, problems };
}
