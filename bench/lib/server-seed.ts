import type { Finding } from "../../src/core/finding.js";
import type { KyselyStorePool } from "../../src/storage/store-pool.js";
import { finding, review } from "../../test/support/review-builder.js";

const SEVERITIES: readonly Finding["severity"][] = ["critical", "high", "medium", "low", "info"];
const CATEGORIES: readonly Finding["category"][] = ["security", "logic", "performance", "style"];

export interface Seeded {
  readonly key: string;
  readonly reviewId: string;
  readonly projectId: string;
}

/** One organisation, its owner's API key, a project and a stored review with `count` findings. */
export async function seedReviewWithFindings(pool: KyselyStorePool, count: number): Promise<Seeded> {
  const org = await pool.team.createOrganisation({ slug: "bench", name: "Bench" });
  const user = await pool.team.createUser({ email: "bench@bench.test", name: "bench" });
  await pool.team.setRole(org.id, user.id, "owner");
  const { key } = await pool.team.createApiKey(org.id, { name: "bench", role: "owner", userId: user.id });
  const project = await pool.service.createProject(org.id, {
    key: "/srv/repos/bench",
    name: "bench",
    repositoryUrl: "/srv/repos/bench",
    provider: "local",
    settings: {},
  });
  const findings = Array.from({ length: count }, (_, n) =>
    finding(n, {
      file: `src/module_${n % 50}.py`,
      severity: SEVERITIES[n % SEVERITIES.length],
      category: CATEGORIES[Math.floor(n / 5) % CATEGORIES.length],
    }),
  );
  const reviewId = "bench-review";
  await (await pool.forOrganisation(org.id)).saveReview(project, review({ id: reviewId, findings }));
  return { key, reviewId, projectId: project.id };
}
