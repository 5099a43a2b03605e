import type { Fix as SarifFix, Log, Region, ReportingDescriptor, Result, Run } from "sarif";
import type { Finding } from "../core/finding.js";
import type { Review } from "../core/review.js";
import { REDACTION_MASK } from "../core/redaction.js";
import {
  configurationNotifications,
  executionNotifications,
  NOTIFICATION_DESCRIPTORS,
} from "./sarif-notifications.js";
import { artifactLocation, regionOf, rootUri, SRCROOT } from "./sarif-location.js";
import { dismissedResult } from "./sarif-dismissed.js";
import { levelOf, ruleDescriptor } from "./sarif-rules.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const CODEGUARDIAN_INFORMATION_URI = "https://github.com/codeguardian/codeguardian";
/** The key of our fingerprint in `partialFingerprints`; bump the suffix if the algorithm changes. */
export const FINGERPRINT_KEY = "codeguardian/v1";

/**
 * The review as SARIF 2.1.0, shaped for GitHub code scanning: one run, a rule
 * for every reported rule id, relative URIs under %SRCROOT%, UTF-16 columns,
 * stable partial fingerprints, fixes as replacements, and an unsuccessful
 * invocation with notifications when an analyser failed.
 */
export function renderSarif(review: Review): string {
  return `${JSON.stringify(toSarif(review), null, 2)}\n`;
}

export function toSarif(review: Review): Log {
  const { rules, indexOf } = buildRules(review);
  const isNew = new Set(review.comparison?.newFingerprints ?? []);
  const run: Run = {
    tool: {
      driver: {
        name: "CodeGuardian",
        fullName: `CodeGuardian ${review.tool.version}`,
        version: review.tool.version,
        ...(/^\d+\.\d+\.\d+/.test(review.tool.version) ? { semanticVersion: review.tool.version } : {}),
        informationUri: CODEGUARDIAN_INFORMATION_URI,
        rules,
        notifications: [...NOTIFICATION_DESCRIPTORS],
      },
    },
    invocations: [
      {
        executionSuccessful: review.state === "finished" && review.completeness !== "incomplete",
        startTimeUtc: review.startedAt,
        endTimeUtc: review.completedAt,
        toolExecutionNotifications: executionNotifications(review),
        ...configurationNotifications(review),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: srcRoot(review) },
    automationDetails: { id: `codeguardian/${review.id}` },
    columnKind: "utf16CodeUnits",
    results: [
      ...review.findings.map((f) =>
        toResult(f, indexOf.get(f.ruleId) ?? 0, review.comparison ? isNew.has(f.fingerprint) : undefined),
      ),
      ...(review.dismissed ?? []).map((d) => dismissedResult(d, indexOf.get(d.ruleId) ?? 0, FINGERPRINT_KEY)),
    ],
    properties: {
      reviewId: review.id,
      state: review.state,
      completeness: review.completeness,
      qualityScore: review.summary.score,
      filesAnalysed: review.files.analysed,
      ...(review.suppressed ? { suppressed: { ...review.suppressed } } : {}),
      ...(review.files.productionLines === undefined
        ? {}
        : { productionLines: review.files.productionLines }),
      ...(review.disabledByRepository ? { disabledByRepository: { ...review.disabledByRepository } } : {}),
    },
  };
  const provenance = versionControl(review);
  if (provenance) run.versionControlProvenance = [provenance];
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}

function buildRules(review: Review): { rules: ReportingDescriptor[]; indexOf: Map<string, number> } {
  const byId = new Map<string, Finding[]>();
  for (const f of review.findings) {
    const list = byId.get(f.ruleId);
    if (list) list.push(f);
    else byId.set(f.ruleId, [f]);
  }
  // A dismissed finding's rule needs a descriptor too, even when nothing else reported it.
  for (const d of review.dismissed ?? []) if (!byId.has(d.ruleId)) byId.set(d.ruleId, []);
  const metaById = new Map(review.rules.map((r) => [r.id, r]));
  const ids = [...byId.keys()].sort();
  const rules = ids.map((id) => ruleDescriptor(id, metaById.get(id), byId.get(id) ?? []));
  return { rules, indexOf: new Map(ids.map((id, i) => [id, i])) };
}

function toResult(finding: Finding, ruleIndex: number, fresh: boolean | undefined): Result {
  const region = regionOf(finding.range);
  const snippetLines = finding.snippet === "" ? 0 : finding.snippet.split("\n").length;
  const result: Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelOf(finding.severity),
    message: { text: messageOf(finding) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file),
          region: withSnippet(region, finding),
          ...(snippetLines > 0
            ? {
                contextRegion: {
                  startLine: region.startLine ?? 1,
                  endLine: (region.startLine ?? 1) + snippetLines - 1,
                  snippet: { text: finding.snippet },
                },
              }
            : {}),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      severity: finding.severity,
      category: finding.category,
      confidence: finding.confidence,
      cwe: [...finding.cwe],
      sources: [...finding.sources],
      relatedRules: [...finding.relatedRules],
      recommendation: finding.recommendation,
      ...(finding.cvss === undefined ? {} : { cvss: finding.cvss }),
      // Test, example or tooling code: a viewer can filter these out (docs/json-report.md, findings[].nonProduction).
      ...(finding.nonProduction ? { nonProduction: { ...finding.nonProduction } } : {}),
    },
  };
  if (fresh !== undefined) result.baselineState = fresh ? "new" : "unchanged";
  if (finding.fix && finding.fix.edits.length > 0) result.fixes = [toFix(finding)];
  return result;
}

/** A finding's words with its title first, never empty (SARIF requires message text). */
function messageOf(finding: Finding): string {
  const title = finding.title.trim();
  const description = finding.description.trim();
  if (description === "") return title === "" ? finding.ruleId : title;
  return title === "" || description.startsWith(title) ? description : `${title}. ${description}`;
}

/**
 * The region's own text, cut from the snippet, when the snippet covers it and
 * holds no masked secret (a mask shifts columns). Viewers show it in place.
 */
function withSnippet(region: Region, finding: Finding): Region {
  if (finding.snippet === "" || finding.snippet.includes(REDACTION_MASK)) return region;
  const lines = finding.snippet.split("\n");
  const first = finding.range.start.line;
  const start = region.startLine ?? first;
  const end = region.endLine ?? start;
  if (start !== first || end - first >= lines.length) return region;
  const picked = lines.slice(0, end - first + 1);
  const last = picked.length - 1;
  picked[last] = (picked[last] ?? "").slice(0, (region.endColumn ?? 1) - 1);
  picked[0] = (picked[0] ?? "").slice((region.startColumn ?? 1) - 1);
  const text = picked.join("\n");
  return text === "" ? region : { ...region, snippet: { text } };
}

function toFix(finding: Finding): SarifFix {
  const fix = finding.fix!;
  return {
    description: { text: `${fix.description} (${fix.applicability})` },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(finding.file),
        replacements: fix.edits.map((edit) => ({
          deletedRegion: regionOf(edit.range),
          ...(edit.text === "" ? {} : { insertedContent: { text: edit.text } }),
        })),
      },
    ],
  };
}

function srcRoot(review: Review): { uri?: string; description: { text: string } } {
  const uri = rootUri(review.target.root);
  const description = { text: "The root of the reviewed repository; every result's path is relative to it." };
  return uri === undefined ? { description } : { uri, description };
}

function versionControl(
  review: Review,
): Run["versionControlProvenance"] extends (infer T)[] | undefined ? T | undefined : never {
  const { url, commit, branch } = review.target;
  // A scp-style git address ("git@host:repo") is not a URI; SARIF requires one.
  if (url === undefined || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || !URL.canParse(url)) return undefined;
  return {
    repositoryUri: url,
    mappedTo: { uriBaseId: SRCROOT },
    ...(commit === undefined ? {} : { revisionId: commit }),
    ...(branch === undefined ? {} : { branch }),
  };
}
