import type { Transaction } from "kysely";
import type { ProjectRef } from "../core/store.js";
import type { StoreDatabase } from "./schema.js";

/** Creates the project in the organisation on first sight; later saves refresh its name, URL and provider. */
export async function upsertProject(
  trx: Transaction<StoreDatabase>,
  organisationId: string,
  project: ProjectRef,
  id: string,
  now: string,
): Promise<string> {
  const row = await trx
    .insertInto("projects")
    .values({
      id,
      organisation_id: organisationId,
      key: project.key,
      name: project.name,
      repository_url: project.repositoryUrl,
      provider: project.provider,
      settings: "{}",
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(["organisation_id", "key"]).doUpdateSet({
        name: project.name,
        repository_url: project.repositoryUrl,
        provider: project.provider,
        updated_at: now,
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The project's row id in the organisation, if it has one. */
export async function projectIdOf(
  db: Pick<Transaction<StoreDatabase>, "selectFrom">,
  organisationId: string,
  project: ProjectRef,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("projects")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("key", "=", project.key)
    .executeTakeFirst();
  return row?.id;
}
