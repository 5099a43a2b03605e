import { CodeGuardianError } from "../core/errors.js";
import type { ProjectRef } from "../core/store.js";
import type { Dismissal } from "../core/team.js";
import { projectIdOf, upsertProject } from "./projects.js";
import type { StoreContext } from "./store-context.js";
import { unstorableText } from "./validate-review.js";

/** Longest accepted texts: a fingerprint fits its column; the others are generous but bounded. */
const LIMITS = { fingerprint: 64, by: 200, reason: 2000 } as const;

/**
 * Dismissals (docs/storage.md, "Dismissals"): a fingerprint a person judged
 * not worth reporting in one project of one organisation, with who, why and
 * when. Later reviews of the project suppress it and count it; undoing the
 * dismissal deletes the row, and the finding is reported again.
 */
export async function dismiss(
  ctx: StoreContext,
  organisationId: string,
  project: ProjectRef,
  fingerprint: string,
  why: { readonly by: string; readonly reason: string },
): Promise<Dismissal> {
  const problems = [
    problemOf("fingerprint", fingerprint),
    problemOf("by", why.by),
    problemOf("reason", why.reason),
  ].filter((p) => p !== undefined);
  if (problems.length > 0) {
    throw new CodeGuardianError(
      "CG_TEAM_INVALID",
      `Cannot dismiss a finding in ${project.key}: ${problems.join("; ")}.`,
    );
  }
  const at = ctx.nowIso();
  await ctx.write(`dismiss ${fingerprint} in ${project.key}`, async (trx) => {
    const projectId = await upsertProject(trx, organisationId, project, ctx.newId(), at);
    const row = {
      organisation_id: organisationId,
      project_id: projectId,
      fingerprint,
      dismissed_by: why.by,
      reason: why.reason,
      created_at: at,
    };
    await trx
      .insertInto("dismissals")
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(["organisation_id", "project_id", "fingerprint"])
          .doUpdateSet({ dismissed_by: why.by, reason: why.reason, created_at: at }),
      )
      .execute();
  });
  return { fingerprint, by: why.by, reason: why.reason, at };
}

export async function undismiss(
  ctx: StoreContext,
  organisationId: string,
  project: ProjectRef,
  fingerprint: string,
): Promise<boolean> {
  return ctx.write(`undo the dismissal of ${fingerprint} in ${project.key}`, async (trx) => {
    const projectId = await projectIdOf(trx, organisationId, project);
    if (projectId === undefined) return false;
    const result = await trx
      .deleteFrom("dismissals")
      .where("organisation_id", "=", organisationId)
      .where("project_id", "=", projectId)
      .where("fingerprint", "=", fingerprint)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

export async function dismissalsOf(
  ctx: StoreContext,
  organisationId: string,
  project: ProjectRef,
): Promise<ReadonlyMap<string, Dismissal>> {
  const rows = await ctx.guard(`read the dismissals of ${project.key}`, () =>
    ctx.db
      .selectFrom("dismissals")
      .innerJoin("projects", "projects.id", "dismissals.project_id")
      .select([
        "dismissals.fingerprint as fingerprint",
        "dismissals.dismissed_by as by",
        "dismissals.reason as reason",
        "dismissals.created_at as at",
      ])
      .where("dismissals.organisation_id", "=", organisationId)
      .where("projects.organisation_id", "=", organisationId)
      .where("projects.key", "=", project.key)
      .orderBy("dismissals.fingerprint")
      .execute(),
  );
  return new Map(rows.map((row) => [row.fingerprint, { ...row }]));
}

function problemOf(name: keyof typeof LIMITS, value: string): string | undefined {
  if (value.trim() === "") return `${name} is empty`;
  if (value.length > LIMITS[name]) return `${name} is longer than ${LIMITS[name]} characters`;
  const unstorable = unstorableText(value);
  return unstorable === undefined ? undefined : `${name} ${unstorable}`;
}
