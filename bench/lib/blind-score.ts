import type { BlindBatch, BlindCase, BlindFile } from "./blind.js";
import type { ScoredFile } from "./metrics.js";
import type { ReviewUnit } from "./rules-run.js";

const versionId = (c: BlindCase, kind: "vuln" | "safe"): string => `${c.id}/${kind}`;

function scoredFile(c: BlindCase, file: BlindFile): ScoredFile {
  return {
    path: file.path,
    language: c.language,
    classCwe: c.classCwe,
    kind: file.kind,
    labels: file.labels,
    unit: versionId(c, file.kind),
  };
}

/** Every file of every case, each tagged with the case version it belongs to. */
export function scoredFilesOf(cases: readonly BlindCase[]): ScoredFile[] {
  return cases.flatMap((c) => [...c.vuln, ...c.safe].map((f) => scoredFile(c, f)));
}

/** Each case version as one review unit of its reviewable files (templates the review reads too). */
export function reviewUnitsOf(cases: readonly BlindCase[]): ReviewUnit[] {
  return cases.flatMap((c) =>
    (["vuln", "safe"] as const).map((kind) => ({
      id: versionId(c, kind),
      files: c[kind].flatMap((f) =>
        f.reviewLanguage === undefined
          ? []
          : [{ path: f.path, language: f.reviewLanguage, text: f.reviewText }],
      ),
    })),
  );
}

/** Cases of one class ("89" or "CWE-89"), for `--class`. */
export function casesOfClass(batch: BlindBatch, folder: string | undefined): readonly BlindCase[] {
  if (folder === undefined) return batch.cases;
  const cwe = `CWE-${folder.replace(/^CWE-/i, "")}`;
  return batch.cases.filter((c) => c.classCwe === cwe);
}

/** "391 cases (python 189, js 202) by 4 writers" */
export function describeCases(cases: readonly BlindCase[]): string {
  const python = cases.filter((c) => c.language === "python").length;
  const writers = new Set(cases.map((c) => c.writer)).size;
  return `${cases.length} cases (python ${python}, js/ts ${cases.length - python}) by ${writers} writer(s)`;
}
