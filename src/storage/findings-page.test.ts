import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FindingsQuery } from "../core/service-store.js";
import { finding, project, review } from "../../test/support/review-builder.js";
import { pageQuery } from "./findings-page.js";
import { IN_MEMORY, openSqlitePool } from "./sqlite.js";
import type { KyselyStorePool } from "./store-pool.js";

let pool: KyselyStorePool;
let organisationId: string;

/** Two organisations with a few reviews each, so the planner has other rows and indexes to prefer. */
beforeAll(async () => {
  pool = await openSqlitePool(IN_MEMORY);
  for (const slug of ["acme", "beta"]) {
    const org = await pool.team.createOrganisation({ slug, name: slug });
    organisationId = org.id;
    const store = await pool.forOrganisation(org.id);
    for (const n of [1, 2, 3]) {
      const findings = Array.from({ length: 40 }, (_, k) =>
        finding(k, { severity: k % 2 === 0 ? "high" : "low", file: `src/m${k % 4}.py` }),
      );
      await store.saveReview(project(`/srv/${slug}`), review({ id: `${slug}-r${n}`, findings }));
    }
  }
});

afterAll(() => pool.close());

async function planOf(query: FindingsQuery): Promise<string[]> {
  const compiled = pageQuery(pool.database, organisationId, "beta-r1", query).compile();
  const plan = await pool.database.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
  );
  return plan.rows.map((row) => row.detail);
}

/** The SQLite plan's step for the page's own table (not the later review's findings). */
function pageStep(plan: readonly string[]): string | undefined {
  return plan.find((step) => /^(SEARCH|SCAN) findings\b/.test(step));
}

describe("the findings page's SQLite plan", () => {
  it.each<[string, FindingsQuery, string]>([
    ["no filter", { limit: 50 }, "idx_findings_page"],
    [
      "severity and category",
      { limit: 50, severity: ["critical", "high"], category: ["security"] },
      "idx_findings_page",
    ],
    ["a status", { limit: 50, status: ["open", "acknowledged"] }, "idx_findings_page"],
    ["the next page", { limit: 50, after: 20, severity: ["high"] }, "idx_findings_page"],
    ["one file", { limit: 50, file: "src/m1.py" }, "idx_findings_page_file"],
  ])("walks the review's findings in order on an index for %s, with no sort", async (_name, query, index) => {
    const plan = await planOf(query);
    expect(pageStep(plan)).toMatch(new RegExp(`^SEARCH findings USING INDEX ${index} \\(`));
    expect(plan.join("\n")).not.toMatch(/TEMP B-TREE/);
  });

  it("probes the later review's findings by fingerprint, never walking them", async () => {
    const plan = await planOf({ limit: 50 });
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH later USING COVERING INDEX idx_findings_review_fingerprint/),
    );
    expect(plan.join("\n")).not.toMatch(/SCAN (findings|later)\b/);
  });
});
