import { sql, type Kysely, type Migration } from "kysely";
import { LOCAL_ORGANISATION } from "../core/team.js";
import type { Flavour } from "./flavour.js";

/**
 * Migration 0005: storage a team can share (docs/storage.md). Adds
 * organisations, users, memberships, API keys and dismissals; gives every
 * project, review, finding and cache row its organisation; records a
 * review's state, completeness, scope and requester in columns. Every row
 * that existed before belongs to the implicit local organisation, the CLI's,
 * so nothing changes for a CLI user.
 *
 * SQLite cannot change a table's unique or primary keys in place, so it
 * rebuilds `projects` and the caches (copy, drop, rename). Dropping
 * `projects` with foreign keys on would cascade into `reviews`: the SQLite
 * store runs migrations with foreign keys off (src/storage/sqlite.ts), and
 * this migration refuses to run otherwise on a store that holds projects.
 */
export function teamMigration(flavour: Flavour): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (flavour.name === "sqlite") await refuseCascadingRebuild(db);
      await createTeamTables(db);
      await scopeProjects(db, flavour);
      await addReviewColumns(db, flavour);
      await db.schema
        .alterTable("findings")
        .addColumn("organisation_id", "text", (c) => c.notNull().defaultTo(LOCAL_ORGANISATION))
        .execute();
      await createDismissals(db);
      await scopeCaches(db);
      const indexes: readonly [string, string, readonly string[]][] = [
        [
          "idx_reviews_comparable",
          "reviews",
          ["organisation_id", "project_id", "state", "scope_kind", "started_at"],
        ],
        ["idx_findings_organisation_review", "findings", ["organisation_id", "review_id"]],
        ["idx_api_keys_prefix", "api_keys", ["prefix"]],
        ["idx_memberships_user", "memberships", ["user_id"]],
      ];
      for (const [name, table, columns] of indexes) {
        await db.schema
          .createIndex(name)
          .on(table)
          .columns([...columns])
          .execute();
      }
    },
  };
}

async function refuseCascadingRebuild(db: Kysely<unknown>): Promise<void> {
  const pragma = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  const count = await sql<{ n: number }>`select count(*) as n from projects`.execute(db);
  if (pragma.rows[0]?.foreign_keys === 1 && (count.rows[0]?.n ?? 0) > 0) {
    throw new Error(
      "migration 0005_team must run with foreign keys off, or rebuilding projects would delete reviews",
    );
  }
}

async function createTeamTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  await sql`insert into organisations (id, slug, name, created_at)
    values (${LOCAL_ORGANISATION}, ${LOCAL_ORGANISATION}, ${"Local (command line)"}, ${now})`.execute(db);

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "varchar(20)", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("memberships_pk", ["organisation_id", "user_id"])
    .addCheckConstraint("memberships_role", sql`role in ('owner', 'admin', 'member', 'viewer')`)
    .execute();

  await db.schema
    .createTable("api_keys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "varchar(20)", (c) => c.notNull())
    .addColumn("prefix", "varchar(16)", (c) => c.notNull())
    // SHA-384 in hex; the key itself is never stored.
    .addColumn("key_hash", "varchar(96)", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .addCheckConstraint("api_keys_role", sql`role in ('owner', 'admin', 'member', 'viewer')`)
    .execute();
}

/** A project key is unique per organisation, no longer across the store. */
async function scopeProjects(db: Kysely<unknown>, flavour: Flavour): Promise<void> {
  if (flavour.name === "postgres") {
    await db.schema
      .alterTable("projects")
      .addColumn("organisation_id", "text", (c) =>
        c.notNull().defaultTo(LOCAL_ORGANISATION).references("organisations.id").onDelete("cascade"),
      )
      .execute();
    await sql`alter table projects alter column organisation_id drop default`.execute(db);
    await sql`alter table projects drop constraint projects_key_key`.execute(db);
    await sql`alter table projects add constraint projects_organisation_key unique (organisation_id, key)`.execute(
      db,
    );
    return;
  }
  await db.schema
    .createTable("projects_0005")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("repository_url", "text", (c) => c.notNull())
    .addColumn("provider", "varchar(50)", (c) => c.notNull())
    .addColumn("settings", flavour.jsonType, (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("projects_organisation_key", ["organisation_id", "key"])
    .execute();
  await sql`insert into projects_0005
    (id, organisation_id, key, name, repository_url, provider, settings, created_at, updated_at)
    select id, ${LOCAL_ORGANISATION}, key, name, repository_url, provider, settings, created_at, updated_at
    from projects`.execute(db);
  await db.schema.dropTable("projects").execute();
  await db.schema.alterTable("projects_0005").renameTo("projects").execute();
}

/**
 * State, completeness and scope in columns, so comparison and lists can query
 * them. Old rows: status "completed" is finished and complete, "incomplete"
 * finished and incomplete; the scope is a diff when the stored document
 * recorded one, with its base ref.
 */
async function addReviewColumns(db: Kysely<unknown>, flavour: Flavour): Promise<void> {
  await db.schema
    .alterTable("reviews")
    .addColumn("organisation_id", "text", (c) => c.notNull().defaultTo(LOCAL_ORGANISATION))
    .execute();
  const columns: readonly [string, string][] = [
    ["state", "finished"],
    ["completeness", "complete"],
    ["scope_kind", "full"],
  ];
  for (const [name, value] of columns) {
    await db.schema
      .alterTable("reviews")
      .addColumn(name, "varchar(20)", (c) => c.notNull().defaultTo(value))
      .execute();
  }
  await db.schema.alterTable("reviews").addColumn("base_ref", "text").execute();
  await db.schema.alterTable("reviews").addColumn("requested_by", flavour.jsonType).execute();

  await sql`update reviews set completeness = 'incomplete' where status = 'incomplete'`.execute(db);
  await sql`update reviews set state = case when status = 'pending' then 'queued' else status end
    where status in ('pending', 'queued', 'running', 'failed', 'cancelled')`.execute(db);
  if (flavour.name === "postgres") {
    await sql`update reviews set scope_kind = 'diff', base_ref = document -> 'diff' ->> 'base'
      where jsonb_typeof(document -> 'diff') = 'object'`.execute(db);
  } else {
    // CASE, unlike AND, is guaranteed to skip json_type on a document that is not JSON.
    await sql`update reviews set scope_kind = 'diff', base_ref = json_extract(document, '$.diff.base')
      where (case when json_valid(document) then json_type(document, '$.diff') end) = 'object'`.execute(db);
  }
}

async function createDismissals(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("dismissals")
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("project_id", "text", (c) => c.notNull().references("projects.id").onDelete("cascade"))
    .addColumn("fingerprint", "varchar(64)", (c) => c.notNull())
    .addColumn("dismissed_by", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("dismissals_pk", ["organisation_id", "project_id", "fingerprint"])
    .execute();
}

/** The caches gain the organisation in their primary key; existing rows are the local organisation's. */
async function scopeCaches(db: Kysely<unknown>): Promise<void> {
  const tables: readonly { name: string; columns: readonly [string, string][]; key: readonly string[] }[] = [
    {
      name: "llm_cache",
      columns: [
        ["project_key", "text"],
        ["key", "varchar(64)"],
        ["value", "text"],
        ["created_at", "text"],
      ],
      key: ["project_key", "key"],
    },
    {
      name: "llm_checkpoints",
      columns: [
        ["project_key", "text"],
        ["review_id", "text"],
        ["step_key", "varchar(64)"],
        ["value", "text"],
        ["created_at", "text"],
      ],
      key: ["project_key", "review_id", "step_key"],
    },
    {
      name: "fix_cache",
      columns: [
        ["project_key", "text"],
        ["key", "varchar(64)"],
        ["fingerprint", "text"],
        ["content_hash", "varchar(64)"],
        ["value", "text"],
        ["created_at", "text"],
      ],
      key: ["project_key", "key"],
    },
  ];
  for (const table of tables) {
    const next = `${table.name}_0005`;
    let create = db.schema.createTable(next).addColumn("organisation_id", "text", (c) => c.notNull());
    for (const [column, type] of table.columns) {
      create = create.addColumn(column, sql.raw(type), (c) => c.notNull());
    }
    // The builder types its key columns from literal names; these come from the table list above.
    const key = ["organisation_id", ...table.key] as ["organisation_id"];
    await create.addPrimaryKeyConstraint(`${table.name}_org_pk`, key).execute();
    const names = table.columns.map(([column]) => column);
    await sql`insert into ${sql.table(next)} (organisation_id, ${sql.join(names.map((n) => sql.ref(n)))})
      select ${LOCAL_ORGANISATION}, ${sql.join(names.map((n) => sql.ref(n)))} from ${sql.table(table.name)}`.execute(
      db,
    );
    await db.schema.dropTable(table.name).execute();
    await db.schema.alterTable(next).renameTo(table.name).execute();
  }
}
