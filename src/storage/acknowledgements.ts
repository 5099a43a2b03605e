import type { Acknowledgement } from "../core/service-store.js";
import type { StoreContext } from "./store-context.js";

/**
 * Records that a person saw a project's finding and keeps it open
 * (docs/server.md, "Finding status"); acknowledging again replaces who, the
 * note and when.
 */
export async function acknowledgeFinding(
  ctx: StoreContext,
  organisationId: string,
  projectId: string,
  fingerprint: string,
  input: { readonly by: string; readonly note?: string },
): Promise<Acknowledgement> {
  const at = ctx.nowIso();
  const note = input.note ?? null;
  await ctx.write(`acknowledge finding ${fingerprint}`, (trx) =>
    trx
      .insertInto("acknowledgements")
      .values({
        organisation_id: organisationId,
        project_id: projectId,
        fingerprint,
        acknowledged_by: input.by,
        note,
        created_at: at,
      })
      .onConflict((oc) =>
        oc
          .columns(["organisation_id", "project_id", "fingerprint"])
          .doUpdateSet({ acknowledged_by: input.by, note, created_at: at }),
      )
      .execute(),
  );
  return { fingerprint, by: input.by, ...(input.note === undefined ? {} : { note: input.note }), at };
}
