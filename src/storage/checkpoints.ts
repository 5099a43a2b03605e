import { parseOrUndefined, type CacheDatabase } from "./cache-tables.js";

/**
 * Each finished LLM step of a review, recorded as it completes, under the
 * review's id and its project. `--resume <review-id>` reads them back, so an
 * interrupted review pays only for the steps it had not finished; another
 * project's checkpoints are never seen.
 */
export class KyselyCheckpoints {
  constructor(private readonly store: CacheDatabase) {}

  async get(reviewId: string, stepKey: string): Promise<unknown> {
    const row = await this.store.db
      .selectFrom("llm_checkpoints")
      .select("value")
      .where("organisation_id", "=", this.store.organisation)
      .where("project_key", "=", this.store.project)
      .where("review_id", "=", reviewId)
      .where("step_key", "=", stepKey)
      .executeTakeFirst();
    return row === undefined ? undefined : parseOrUndefined(row.value);
  }

  async record(reviewId: string, stepKey: string, value: unknown): Promise<void> {
    const text = JSON.stringify(value);
    await this.store.serialiseWrites(() =>
      this.store.db
        .insertInto("llm_checkpoints")
        .values({
          organisation_id: this.store.organisation,
          project_key: this.store.project,
          review_id: reviewId,
          step_key: stepKey,
          value: text,
          created_at: this.store.now().toISOString(),
        })
        .onConflict((oc) =>
          oc
            .columns(["organisation_id", "project_key", "review_id", "step_key"])
            .doUpdateSet({ value: text }),
        )
        .execute(),
    );
  }

  /** How many steps a review recorded (0 for an unknown id). */
  async count(reviewId: string): Promise<number> {
    const row = await this.store.db
      .selectFrom("llm_checkpoints")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("organisation_id", "=", this.store.organisation)
      .where("project_key", "=", this.store.project)
      .where("review_id", "=", reviewId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Forgets a review's steps once it has completed: what is left marks an interrupted review. */
  async clear(reviewId: string): Promise<void> {
    await this.store.serialiseWrites(() =>
      this.store.db
        .deleteFrom("llm_checkpoints")
        .where("organisation_id", "=", this.store.organisation)
        .where("project_key", "=", this.store.project)
        .where("review_id", "=", reviewId)
        .execute(),
    );
  }

  /** The project's most recent review that recorded steps and never completed, if any. */
  async latestInterrupted(): Promise<{ readonly reviewId: string; readonly steps: number } | undefined> {
    const row = await this.store.db
      .selectFrom("llm_checkpoints")
      .select((eb) => [
        "review_id",
        eb.fn.max("created_at").as("last"),
        eb.fn.countAll<number | string>().as("n"),
      ])
      .where("organisation_id", "=", this.store.organisation)
      .where("project_key", "=", this.store.project)
      .groupBy("review_id")
      .orderBy("last", "desc")
      .executeTakeFirst();
    return row === undefined ? undefined : { reviewId: row.review_id, steps: Number(row.n) };
  }
}
