import { testRule } from "../rule-tester.js";
import rule from "./sql-injection.js";

testRule(rule, {
  valid: [
    {
      name: "knex andWhereRaw with bindings",
      code: `app.get("/bookmarks", async (req, res) => {
  const rows = await db("bookmarks").where("user_id", req.user.id).andWhereRaw("? = ANY(tags)", [req.query.tag]);
  res.json(rows);
});`,
    },
    {
      name: "TypeORM where with a named parameter",
      code: `app.get("/users", async (req, res) => {
  const users = await dataSource.getRepository(User).createQueryBuilder("u").where("u.name = :name", { name: req.query.name }).getMany();
  res.json(users);
});`,
    },
    {
      name: "knex where with a column and a value",
      code: `app.get("/users", async (req, res) => {
  const users = await knex("users").where("name", req.query.name);
  res.json(users);
});`,
    },
    {
      name: "comments in the argument list: placeholder query (twin of the commented concatenation)",
      code: `app.get("/report", async (req, res) => {
  await pool.query( // build the report query
    /* the id is a parameter */ "SELECT * FROM t WHERE id = $1", // placeholder
    // bound by the driver
    [req.query.id],
  );
});`,
    },
    {
      name: "trust: a constant table name is not a taint finding",
      code: `const { Pool } = require("pg");
const pool = new Pool();
const TABLE = "audit_log";
pool.query("DELETE FROM " + TABLE + " WHERE created < now() - interval '90 days'");`,
    },
    {
      name: "pg placeholders",
      code: `app.get("/users/:id", async (req, res) => {
  const id = req.params.id;
  const { rows } = await pool.query("SELECT * FROM users WHERE id = $1", [id]);
  res.json(rows);
});`,
    },
    {
      name: "tagged template binds values",
      code: `import { sql } from "@vercel/postgres";
export async function GET(request: Request) {
  const name = new URL(request.url).searchParams.get("name");
  const result = await db.query(sql\`SELECT * FROM pets WHERE name = \${name}\`);
  return Response.json(result.rows);
}`,
      language: "typescript",
    },
    {
      name: "number cast",
      code: `router.get("/orders", async (req, res) => {
  const limit = Number(req.query.limit) || 10;
  const rows = await connection.execute("SELECT * FROM orders LIMIT " + limit);
  res.json(rows);
});`,
    },
    {
      name: "escaped with mysql.escape",
      code: `app.get("/", (req, res) => {
  const q = "SELECT * FROM t WHERE name = " + mysql.escape(req.query.name);
  connection.query(q, (err, rows) => res.json(rows));
});`,
    },
    {
      name: "sort column from an allow-list",
      code: `const COLUMNS = new Set(["name", "created_at"]);
app.get("/items", async (req, res) => {
  const sort = req.query.sort;
  if (!COLUMNS.has(sort)) return res.status(400).end();
  const rows = await knex.raw(\`SELECT * FROM items ORDER BY \${sort}\`);
  res.json(rows);
});`,
    },
    {
      name: "knex raw with bindings",
      code: `app.get("/", async (req, res) => {
  const rows = await knex.raw("select * from users where email = ?", [req.query.email]);
  res.json(rows);
});`,
    },
    {
      name: "url query is not SQL",
      code: `app.get("/", (req, res) => {
  const where = "select " + req.query.x;
  const parsed = url.query(where);
  res.json(parsed);
});`,
    },
  ],
  invalid: [
    {
      name: "comments in the argument list do not hide the query",
      code: `app.get("/report", async (req, res) => {
  await pool.query( // build the report query
    /* the id comes from the URL */ "SELECT * FROM t WHERE id = " + // concatenated
      req.query.id,
  );
});`,
      lines: [2],
      severity: "critical",
    },
    {
      name: "trust: environment and request data together take the least trusted level, named first",
      code: `app.get("/rows", (req, res) => {
  pool.query("SELECT * FROM " + process.env.REPORT_SCHEMA + ".rows WHERE owner = '" + req.query.owner + "'");
});`,
      lines: [2],
      severity: "critical",
      message: "Untrusted data from the request's query string (req.query",
    },
    {
      name: "trust: request data is remote, critical",
      code: `app.get("/users", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM users WHERE name = '" + req.query.name + "'");
  res.json(rows);
});`,
      lines: [2],
      severity: "critical",
      message: "the request's query string (req.query",
    },
    {
      name: "trust: a value read back from the database is stored, critical (second-order injection)",
      code: `const { Pool } = require("pg");
const pool = new Pool();
async function copyNickname(id) {
  const { rows } = await pool.query("SELECT nickname FROM users WHERE id = $1", [id]);
  await pool.query(\`UPDATE audit SET who = '\${rows[0].nickname}'\`);
}`,
      lines: [5],
      severity: "critical",
      message: "a row read from the database (pool.query()",
    },
    {
      name: "trust: an environment variable is a low hardening note",
      code: `const { Pool } = require("pg");
const pool = new Pool();
pool.query("DELETE FROM " + process.env.REPORT_SCHEMA + ".daily");`,
      lines: [3],
      severity: "low",
      message: "the environment variable REPORT_SCHEMA",
      notMessage: "Untrusted data",
    },
    {
      name: "knex andWhereRaw built from a form field, reported at the method of a multi-line chain",
      code: `app.post("/bookmarks", async (req, res) => {
  const rows = await db("bookmarks")
    .where("user_id", req.user.id)
    .andWhereRaw(\`'\${req.body.tag}' = ANY(tags)\`);
  res.json(rows);
});`,
      lines: [4],
      // The builder is made in another module: knex's *Raw methods name the driver alone.
      output: `app.post("/bookmarks", async (req, res) => {
  const rows = await db("bookmarks")
    .where("user_id", req.user.id)
    .andWhereRaw(\`? = ANY(tags)\`, [req.body.tag]);
  res.json(rows);
});`,
    },
    {
      name: "Sequelize literal from the query string",
      code: `app.get("/stores", async (req, res) => {
  const stores = await Store.findAll({ where: sequelize.literal("city = '" + req.query.city + "'") });
  res.json(stores);
});`,
      lines: [2],
    },
    {
      name: "TypeORM query builder where built from the request",
      code: `app.get("/users", async (req, res) => {
  const users = await dataSource.getRepository(User).createQueryBuilder("u").where("u.name = '" + req.query.name + "'").getMany();
  res.json(users);
});`,
      lines: [2],
    },
    {
      name: "TypeORM manager.query with a NestJS @Query() value",
      code: `@Controller("reports")
export class ReportsController {
  @Get()
  async list(@Query("status") status: string) {
    return this.dataSource.query(\`SELECT * FROM reports WHERE status = '\${status}'\`);
  }
}`,
      lines: [5],
      language: "typescript",
    },
    {
      name: "concatenated id in pool.query",
      code: `app.get("/users/:id", async (req, res) => {
  const id = req.params.id;
  const sql = "SELECT * FROM users WHERE id = '" + id + "'";
  const { rows } = await pool.query(sql);
  res.json(rows);
});`,
      lines: [4],
    },
    {
      name: "template literal in connection.execute",
      code: `router.post("/login", async (req, res) => {
  const { user, pass } = req.body;
  const [rows] = await connection.execute(
    \`SELECT id FROM accounts WHERE user = '\${user}' AND pass = '\${pass}'\`,
  );
  res.json(rows);
});`,
      lines: [3],
    },
    {
      name: "sequelize.query with a Next.js search param",
      code: `import { NextRequest } from "next/server";
export async function GET(request: NextRequest) {
  const term = request.nextUrl.searchParams.get("q");
  const filter = "title LIKE '%" + term + "%'";
  const rows = await sequelize.query("SELECT * FROM posts WHERE " + filter);
  return Response.json(rows);
}`,
      lines: [5],
      language: "typescript",
    },
    {
      name: "sqlite db.all with a query string built through a helper",
      code: `function byName(name) {
  return \`SELECT * FROM users WHERE name = '\${name}'\`;
}
app.get("/search", (req, res) => {
  db.all(byName(req.query.name), (err, rows) => res.json(rows));
});`,
      lines: [5],
    },
    {
      name: "Prisma unsafe raw query",
      code: `export async function POST(req: Request) {
  const body = await req.json();
  const col = body.column;
  return prisma.$queryRawUnsafe(\`SELECT \${col} FROM "User"\`);
}`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "pg: a template literal becomes $1 with the values apart",
      code: `const { Pool } = require("pg");\nconst pool = new Pool();\napp.get("/u", async (req, res) => {\n  const r = await pool.query(\`SELECT * FROM users WHERE id = \${req.query.id}\`);\n  res.json(r.rows);\n});\n`,
      lines: [4],
      at: [{ line: 4, column: 19, endLine: 4, endColumn: 79 }],
      output: `const { Pool } = require("pg");\nconst pool = new Pool();\napp.get("/u", async (req, res) => {\n  const r = await pool.query(\`SELECT * FROM users WHERE id = $1\`, [req.query.id]);\n  res.json(r.rows);\n});\n`,
    },
    {
      name: "mysql: a quoted value in a concatenation becomes ?, callback kept",
      code: `const mysql = require("mysql");\nconst db = mysql.createConnection({});\napp.get("/u", (req, res) => {\n  db.query("SELECT * FROM users WHERE name = '" + req.query.name + "'", (err, rows) => res.json(rows));\n});\n`,
      lines: [4],
      output: `const mysql = require("mysql");\nconst db = mysql.createConnection({});\napp.get("/u", (req, res) => {\n  db.query("SELECT * FROM users WHERE name = ?", [req.query.name], (err, rows) => res.json(rows));\n});\n`,
    },
    {
      name: "better-sqlite3: the values go to the prepared statement's call",
      code: `const Database = require("better-sqlite3");\nconst db = new Database("app.db");\napp.get("/u", (req, res) => {\n  res.json(db.prepare("SELECT * FROM users WHERE id = " + req.params.id).get());\n});\n`,
      lines: [4],
      output: `const Database = require("better-sqlite3");\nconst db = new Database("app.db");\napp.get("/u", (req, res) => {\n  res.json(db.prepare("SELECT * FROM users WHERE id = ?").get(req.params.id));\n});\n`,
    },
    {
      name: "Sequelize: replacements",
      code: `const { Sequelize } = require("sequelize");\nconst sequelize = new Sequelize("sqlite::memory:");\napp.get("/u", async (req, res) => {\n  res.json(await sequelize.query(\`SELECT * FROM users WHERE email = '\${req.query.email}'\`));\n});\n`,
      lines: [4],
      output: `const { Sequelize } = require("sequelize");\nconst sequelize = new Sequelize("sqlite::memory:");\napp.get("/u", async (req, res) => {\n  res.json(await sequelize.query(\`SELECT * FROM users WHERE email = ?\`, { replacements: [req.query.email] }));\n});\n`,
    },
    {
      name: "knex.raw: bindings",
      code: `const knex = require("knex")({ client: "pg" });\napp.get("/u", async (req, res) => {\n  res.json(await knex.raw("SELECT * FROM users WHERE id = " + req.query.id));\n});\n`,
      lines: [3],
      output: `const knex = require("knex")({ client: "pg" });\napp.get("/u", async (req, res) => {\n  res.json(await knex.raw("SELECT * FROM users WHERE id = ?", [req.query.id]));\n});\n`,
    },
    {
      name: "pg: a column name from the request has no parameter form: no fix",
      code: `const { Pool } = require("pg");\nconst pool = new Pool();\napp.get("/u", async (req, res) => {\n  const r = await pool.query("SELECT * FROM users ORDER BY " + req.query.sort);\n  res.json(r.rows);\n});\n`,
      lines: [4],
      output: null,
    },
  ],
});
