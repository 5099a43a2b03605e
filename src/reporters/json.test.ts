import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { REVIEW_SCHEMA_VERSION, type Review } from "../core/review.js";
import { cleanReview, sampleReview, sampleReviewWithTests } from "../../test/support/sample-review.js";
import { renderJson } from "./json.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  $defs?: Record<string, Schema>;
}

const schemaUrl = new URL("../../schema/review-report.schema.json", import.meta.url);
const docsUrl = new URL("../../docs/json-report.md", import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, "utf8")) as Schema;
// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on .default.
const addFormats = addFormatsModule.default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function resolve(node: Schema): Schema {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace("#/$defs/", "");
  const target = schema.$defs?.[name];
  if (!target) throw new Error(`unresolved ${node.$ref}`);
  return resolve(target);
}

/** Every property path the schema defines ("findings[].fix.edits[].text"); maps end at their own path. */
function schemaPaths(node: Schema, prefix: string): string[] {
  const s = resolve(node);
  if (s.items) return schemaPaths(s.items, `${prefix}[]`);
  if (!s.properties) return [];
  return Object.entries(s.properties).flatMap(([key, child]) => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    return [path, ...schemaPaths(child, path)];
  });
}

/** The schema's property paths that a value actually has, walking value and schema together. */
function presentPaths(value: Json, node: Schema, prefix: string): string[] {
  const s = resolve(node);
  if (Array.isArray(value))
    return s.items ? value.flatMap((v) => presentPaths(v, s.items!, `${prefix}[]`)) : [];
  if (value === null || typeof value !== "object" || !s.properties) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    const childSchema = s.properties?.[key];
    return childSchema ? [path, ...presentPaths(child, childSchema, path)] : [`UNKNOWN ${path}`];
  });
}

/** The sample review plus a file the rules could not finish: the one notice field the sample lacks. */
const sampleWithPartialFile: Review = {
  ...sampleReview,
  notices: [
    ...sampleReview.notices,
    {
      level: "error",
      analyser: "rules",
      file: "src/shop/slow_parser.py",
      message: "not analysed (time limit): the rules took longer than 20 s on this file",
      incomplete: true,
    },
  ],
};

function report(review = sampleWithPartialFile): { [key: string]: Json } {
  return JSON.parse(renderJson(review)) as { [key: string]: Json };
}

describe("renderJson", () => {
  it.each([
    { name: "sample", review: sampleWithPartialFile },
    { name: "clean", review: cleanReview },
    { name: "with tests", review: sampleReviewWithTests },
  ])("emits a $name report that validates against the schema", ({ review }) => {
    const ok = validate(report(review));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("exercises every field of the schema with the sample review", () => {
    // A rule that failed on a file: added here, not to the shared sample, whose renderings are snapshots.
    const ruleFailed = {
      level: "error",
      analyser: "rules",
      message: "rule js/code-injection failed: Maximum call stack size exceeded",
      file: "web/deep.js",
      incomplete: true,
    } as const;
    // Findings in test code, too, from the sample with tests (whose renderings are snapshots of their own).
    const review = { ...sampleReviewWithTests, notices: [...sampleReview.notices, ruleFailed] };
    const present = new Set(presentPaths(report(review), schema, ""));
    expect([...present].filter((p) => p.startsWith("UNKNOWN"))).toEqual([]);
    expect(schemaPaths(schema, "").filter((p) => !present.has(p))).toEqual([]);
  });

  it("documents every field of the schema in docs/json-report.md", () => {
    const docs = readFileSync(docsUrl, "utf8");
    expect(schemaPaths(schema, "").filter((p) => !docs.includes(`\`${p}\``))).toEqual([]);
  });

  it.each([
    { where: "the top level", mutate: (r: { [key: string]: Json }) => (r["extra"] = 1) },
    {
      where: "a finding",
      mutate: (r: { [key: string]: Json }) =>
        ((r["findings"] as { [k: string]: Json }[])[0]!["isNew"] = true),
    },
    {
      where: "a fix edit",
      mutate: (r: { [key: string]: Json }) => {
        const fix = (r["findings"] as { [k: string]: Json }[])[0]!["fix"] as {
          edits: { [k: string]: Json }[];
        };
        fix.edits[0]!["offset"] = 3;
      },
    },
    {
      where: "a rule",
      mutate: (r: { [key: string]: Json }) => ((r["rules"] as { [k: string]: Json }[])[0]!["tags"] = []),
    },
    {
      where: "the target",
      mutate: (r: { [key: string]: Json }) => ((r["target"] as { [k: string]: Json })["token"] = "x"),
    },
  ])("rejects a field added to $where without the schema", ({ mutate }) => {
    const r = report();
    mutate(r);
    expect(validate(r)).toBe(false);
  });

  it("carries the schema version and leaves out internal file identities", () => {
    const r = report();
    expect(r["schemaVersion"]).toBe(REVIEW_SCHEMA_VERSION);
    expect(r).not.toHaveProperty("fileIdentities");
  });

  it("loses nothing else of the review", () => {
    const { fileIdentities: _ignored, ...rest } = sampleWithPartialFile;
    expect(report()).toEqual(JSON.parse(JSON.stringify(rest)));
  });

  it("keeps hostile and non-ASCII text byte for byte", () => {
    const r = report() as { findings: { title: string; snippet: string; file: string }[] };
    expect(r.findings.map((f) => [f.file, f.title, f.snippet])).toEqual(
      sampleReview.findings.map((f) => [f.file, f.title, f.snippet]),
    );
  });
});
