import { describe, expect, it } from "vitest";
import { reviewFiles, type Files } from "./cross-file.test-support.js";

interface Case {
  readonly name: string;
  readonly files: Files;
  /** `file:line` of the expected finding of `rule`, or null for a safe twin. */
  readonly expect: string | null;
  readonly rule: string;
  /** Words the message must hold: the real source and the call on the way. */
  readonly mentions?: readonly string[];
  /** The rule's own severity when it is not critical. */
  readonly severity?: string;
}

const HANDLER = (call: string): string => `const express = require("express");
const { findUsers } = require("./db");
const app = express();
app.get("/users", async (req, res) => {
  const rows = await ${call};
  res.json(rows);
});
`;

const DB_CONCAT = `const { Pool } = require("pg");
const pool = new Pool();
async function findUsers(name) {
  const { rows } = await pool.query("SELECT * FROM users WHERE name = '" + name + "'");
  return rows;
}
module.exports = { findUsers };
`;

const TOKEN_LOOKUP = `async function findByToken(users, email, token) {
  return users.findOne({ email, resetToken: token });
}
module.exports = { findByToken };
`;

const TOKEN_HANDLER = (from: string): string => `const { findByToken } = require("./tokens");
app.post("/reset/:token", async (req, res) => {
  const user = await findByToken(db.collection("users"), ${from});
  res.json({ ok: Boolean(user) });
});
`;

const SEARCH_HANDLER = `const express = require("express");
const { resultsPage } = require("./views");
const { searchDocs } = require("./search");
const app = express();
app.get("/search", (req, res) => {
  const q = String(req.query.q || "");
  res.send(resultsPage(q, searchDocs(q)));
});
`;

const SEARCH_DOCS = `const DOCS = [{ slug: "billing", title: "Billing" }];
function searchDocs(q) {
  const needle = q.toLowerCase();
  return DOCS.filter((d) => d.title.toLowerCase().includes(needle));
}
module.exports = { searchDocs };
`;

const RESULTS_PAGE = (heading: string): string => `const escapeHtml = require("escape-html");
function resultsPage(q, hits) {
  const items = hits.map((h) => \`<li>\${h.title}</li>\`).join("");
  return \`<h1>Results for \${${heading}}</h1><ul>\${items}</ul>\`;
}
module.exports = { resultsPage };
`;

const CASES: readonly Case[] = [
  {
    name: "XSS: a view helper that escapes the term and lists rows a predicate picked from constants is safe",
    files: { "app.js": SEARCH_HANDLER, "search.js": SEARCH_DOCS, "views.js": RESULTS_PAGE("escapeHtml(q)") },
    expect: null,
    rule: "js/reflected-xss",
  },
  {
    name: "XSS: the same view helper writing the term raw",
    files: { "app.js": SEARCH_HANDLER, "search.js": SEARCH_DOCS, "views.js": RESULTS_PAGE("q") },
    expect: "app.js:7",
    rule: "js/reflected-xss",
    mentions: ["req.query", "resultsPage()"],
    severity: "high",
  },
  {
    name: "NoSQL: a body field passed to a data-access helper's filter can be an operator object",
    files: { "app.js": TOKEN_HANDLER("req.body.email, req.body.token"), "tokens.js": TOKEN_LOOKUP },
    expect: "tokens.js:2",
    rule: "js/nosql-injection",
    mentions: ["req.body", "findByToken()"],
    severity: "high",
  },
  {
    name: "NoSQL safe twin: route parameters are always strings",
    files: { "app.js": TOKEN_HANDLER("req.params.email, req.params.token"), "tokens.js": TOKEN_LOOKUP },
    expect: null,
    rule: "js/nosql-injection",
  },
  {
    name: "NoSQL safe twin: the helper refuses anything but strings first",
    files: {
      "app.js": TOKEN_HANDLER("req.body.email, req.body.token"),
      "tokens.js": TOKEN_LOOKUP.replace(
        "  return users",
        `  if (typeof email !== "string" || typeof token !== "string") return null;\n  return users`,
      ),
    },
    expect: null,
    rule: "js/nosql-injection",
  },
  {
    name: "SQL through a data-access helper (require, module.exports object)",
    files: { "app.js": HANDLER("findUsers(req.query.name)"), "db.js": DB_CONCAT },
    expect: "db.js:4",
    rule: "js/sql-injection",
    mentions: ["req.query", "app.js line 5", "findUsers()"],
  },
  {
    name: "safe twin: the helper binds the value as a parameter",
    files: {
      "app.js": HANDLER("findUsers(req.query.name)"),
      "db.js": DB_CONCAT.replace(
        `"SELECT * FROM users WHERE name = '" + name + "'"`,
        `"SELECT * FROM users WHERE name = $1", [name]`,
      ),
    },
    expect: null,
    rule: "js/sql-injection",
  },
  {
    name: "safe twin: the handler passes a constant",
    files: { "app.js": HANDLER(`findUsers("admin")`), "db.js": DB_CONCAT },
    expect: null,
    rule: "js/sql-injection",
  },
  {
    name: "command through a helper (ES modules, TypeScript)",
    files: {
      "src/routes.ts": `import { Router } from "express";
import { ping } from "./net";
export const router = Router();
router.post("/ping", (req, res) => {
  res.send(ping(req.body.host));
});
`,
      "src/net.ts": `import { execSync } from "node:child_process";
export function ping(host: string): string {
  return execSync("ping -c 1 " + host).toString();
}
`,
    },
    expect: "src/net.ts:3",
    rule: "js/command-injection",
    mentions: ["req.body", "ping()"],
  },
  {
    name: "command inside a Promise executor of the helper: the callback runs with the helper's data",
    files: {
      "app.js": `const { runPing } = require("./net");
module.exports = (app) => {
  app.post("/ping", async (req, res) => {
    res.json(await runPing(req.body.host));
  });
};
`,
      "net.js": `const { spawn } = require("child_process");
function runPing(host) {
  return new Promise((resolve) => {
    const child = spawn(\`ping -c 1 \${host}\`, { shell: true });
    child.on("close", (code) => resolve(code === 0));
  });
}
module.exports = { runPing };
`,
    },
    expect: "net.js:4",
    rule: "js/command-injection",
    mentions: ["req.body", "runPing()"],
  },
  {
    name: "safe twin: a callback's own parameter is not the helper's parameter of the same position",
    files: {
      "app.js": `const { runAll } = require("./net");
module.exports = (app) => {
  app.post("/run", async (req, res) => {
    res.json(await runAll(req.body.label));
  });
};
`,
      "net.js": `const { exec } = require("child_process");
function withCommand(run) {
  return run("uptime");
}
function runAll(label) {
  console.log(label);
  return withCommand((cmd) => exec(cmd));
}
module.exports = { runAll };
`,
    },
    expect: null,
    rule: "js/command-injection",
  },
  {
    name: "safe twin: the helper passes an argument list",
    files: {
      "src/routes.ts": `import { Router } from "express";
import { ping } from "./net";
export const router = Router();
router.post("/ping", (req, res) => {
  res.send(ping(req.body.host));
});
`,
      "src/net.ts": `import { execFileSync } from "node:child_process";
export function ping(host: string): string {
  return execFileSync("ping", ["-c", "1", host]).toString();
}
`,
    },
    expect: null,
    rule: "js/command-injection",
  },
  {
    name: "a helper in another module returns request data",
    files: {
      "params.js": `export function searchTerm(request) {
  return request.query.q;
}
`,
      "search.js": `import { searchTerm } from "./params.js";
import db from "./pool.js";
export async function search(req, res) {
  const term = searchTerm(req);
  res.json(await db.query("SELECT * FROM items WHERE title LIKE '%" + term + "%'"));
}
`,
    },
    expect: "search.js:5",
    rule: "js/sql-injection",
    mentions: ["request.query", "params.js line 2", "searchTerm()"],
  },
  {
    name: "safe twin: the helper returns a number",
    files: {
      "params.js": `export function searchTerm(request) {
  return Number(request.query.q);
}
`,
      "search.js": `import { searchTerm } from "./params.js";
import db from "./pool.js";
export async function search(req, res) {
  const term = searchTerm(req);
  res.json(await db.query("SELECT * FROM items WHERE id = " + term));
}
`,
    },
    expect: null,
    rule: "js/sql-injection",
  },
  {
    name: "safe: a sanitising helper in a third module",
    files: {
      "app.js": HANDLER("findUsers(onlyWord(req.query.name))").replace(
        `const app`,
        `const { onlyWord } = require("./clean");\nconst app`,
      ),
      "clean.js": `function onlyWord(s) {
  return String(s).replace(/[^\\w]/g, "");
}
module.exports = { onlyWord };
`,
      "db.js": DB_CONCAT,
    },
    expect: null,
    rule: "js/sql-injection",
  },
  {
    name: "vulnerable twin: the third module's helper only trims",
    files: {
      "app.js": HANDLER("findUsers(trimmed(req.query.name))").replace(
        `const app`,
        `const { trimmed } = require("./clean");\nconst app`,
      ),
      "clean.js": `function trimmed(s) {
  return String(s).trim();
}
module.exports = { trimmed };
`,
      "db.js": DB_CONCAT,
    },
    expect: "db.js:4",
    rule: "js/sql-injection",
    mentions: ["trimmed()", "findUsers()"],
  },
  {
    name: "a method of an imported class, on an instance (Koa)",
    files: {
      "src/router.ts": `import Router from "@koa/router";
import { RepoService } from "./repo-service";
const router = new Router();
const repos = new RepoService();
router.get("/log/:branch", async (ctx) => {
  ctx.body = await repos.history(ctx.params.branch);
});
export default router;
`,
      "src/repo-service.ts": `import { execSync } from "node:child_process";
export class RepoService {
  async history(branch: string): Promise<string> {
    return execSync(\`git log \${branch}\`, { encoding: "utf8" });
  }
}
`,
    },
    expect: "src/repo-service.ts:4",
    rule: "js/command-injection",
    mentions: ["ctx.params", "repos.history()"],
  },
  {
    name: "an injected NestJS service called with request data",
    files: {
      "src/reports.controller.ts": `import { Controller, Get, Req } from "@nestjs/common";
import { ReportsService } from "./reports.service";
@Controller("reports")
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}
  @Get()
  run(@Req() req: Request) {
    return this.reports.byRegion(String(req.query.region));
  }
}
`,
      "src/reports.service.ts": `import { DataSource } from "typeorm";
export class ReportsService {
  constructor(private readonly db: DataSource) {}
  byRegion(region: string) {
    return this.db.query(\`SELECT * FROM sales WHERE region = '\${region}'\`);
  }
}
`,
    },
    expect: "src/reports.service.ts:5",
    rule: "js/sql-injection",
    mentions: ["req.query", "this.reports.byRegion()"],
  },
  {
    name: "SSRF safe twin: the host allow-listed in the helper, another parameter only in the query",
    files: {
      "app.js": `const { notify } = require("./notify");
app.post("/exports", (req, res) => {
  notify(req.get("X-Callback-Url"), { id: 1 });
  res.end();
});
`,
      "notify.js": `const https = require("https");
const HOSTS = ["hooks.partner.example"];
function notify(callbackUrl, result) {
  const u = new URL(callbackUrl);
  if (!HOSTS.includes(u.hostname)) return;
  const qs = new URLSearchParams({ job: result.id });
  https.get(\`\${u.origin}\${u.pathname}?\${qs}\`, (r) => r.resume());
}
module.exports = { notify };
`,
    },
    expect: null,
    rule: "js/ssrf",
  },
  {
    name: "SSRF: the same helper without the allow-list",
    files: {
      "app.js": `const { notify } = require("./notify");
app.post("/exports", (req, res) => {
  notify(req.get("X-Callback-Url"), { id: 1 });
  res.end();
});
`,
      "notify.js": `const https = require("https");
function notify(callbackUrl, result) {
  const u = new URL(callbackUrl);
  const qs = new URLSearchParams({ job: result.id });
  https.get(\`\${u.origin}\${u.pathname}?\${qs}\`, (r) => r.resume());
}
module.exports = { notify };
`,
    },
    expect: "notify.js:5",
    rule: "js/ssrf",
    mentions: ["req.get()", "notify()"],
    severity: "high",
  },
  {
    name: "path safe twin: the helper joins the base name of its parameter under a fixed folder",
    files: {
      "route.ts": `import { readReport } from "./reports";
export async function GET(req: Request, { params }: { params: { name: string } }) {
  return new Response(await readReport(params.name));
}
`,
      "reports.ts": `import { readFile } from "fs/promises";
import path from "path";
const REPORT_DIR = path.resolve(process.cwd(), "reports");
export async function readReport(name: string): Promise<string> {
  const file = path.join(REPORT_DIR, path.basename(name));
  return readFile(file, "utf8");
}
`,
    },
    expect: null,
    rule: "js/path-traversal",
  },
  {
    name: "a row read through a pool imported from the project's own db module is stored data, not a call to link",
    files: {
      "app.js": `const fs = require("fs/promises");
const path = require("path");
const { getTheme } = require("./profiles");
router.get("/theme.css", async (ctx) => {
  const theme = await getTheme(ctx.state.user.id);
  ctx.body = await fs.readFile(path.join("/srv/themes", theme), "utf8");
});
`,
      "profiles.js": `const db = require("./db");
async function getTheme(userId) {
  const { rows } = await db.query("SELECT theme FROM profiles WHERE user_id = $1", [userId]);
  return rows.length ? rows[0].theme : "default.css";
}
module.exports = { getTheme };
`,
      "db.js": `const { Pool } = require("pg");
module.exports = new Pool();
`,
    },
    expect: "app.js:6",
    rule: "js/path-traversal",
    severity: "high",
  },
];

describe("data flow across files (JavaScript/TypeScript)", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const review = reviewFiles(c.files);
      if (c.expect === null) {
        // The per-file analysis may still note a helper's parameter at medium; the cross-file step adds
        // nothing of this rule. (Other rules may: a command's output sent as HTML is another question.)
        const ofRule = (drafts: readonly { ruleId: string }[]) => drafts.filter((d) => d.ruleId === c.rule);
        expect(ofRule(review.drafts)).toEqual(ofRule(review.perFile));
        return;
      }
      const found = review.drafts.filter((d) => d.ruleId === c.rule && d.confidence >= 0.5);
      expect(found.map((d) => `${d.file}:${d.range.start.line}`)).toEqual([c.expect]);
      const [finding] = found;
      // A remote source across files keeps the rule's full severity; a per-file guess about callers is at most medium.
      expect(finding?.severity).toBe(c.severity ?? "critical");
      for (const words of c.mentions ?? []) expect(finding?.description).toContain(words);
    });
  }

  it("a chain longer than the limit falls back to per-file analysis with a notice", () => {
    const files: Files = {
      "app.js": HANDLER("outer(req.query.name)")
        .replace(`{ findUsers }`, `{ outer }`)
        .replace(`"./db"`, `"./a"`),
      "a.js": `const { middle } = require("./b");\nfunction outer(x) { return middle(x); }\nmodule.exports = { outer };\n`,
      "b.js": `const { findUsers } = require("./db");\nfunction middle(x) { return findUsers(x); }\nmodule.exports = { middle };\n`,
      "db.js": DB_CONCAT,
    };
    const full = reviewFiles(files);
    expect(full.drafts.filter((d) => d.ruleId === "js/sql-injection").map((d) => d.file)).toEqual(["db.js"]);
    expect(full.notices.filter((n) => n.message.includes("across files"))).toEqual([]);
    const cut = reviewFiles(files, { depth: 1, budget: 20_000 });
    expect(cut.drafts.filter((d) => d.ruleId === "js/sql-injection" && d.confidence >= 0.5)).toEqual([]);
    expect(cut.notices.some((n) => n.level === "warning" && n.message.includes("across files"))).toBe(true);
    const starved = reviewFiles(files, { depth: 3, budget: 2 });
    expect(starved.drafts.filter((d) => d.ruleId === "js/sql-injection" && d.confidence >= 0.5)).toEqual([]);
    expect(starved.notices.some((n) => n.message.includes("stopped at its limit"))).toBe(true);
  });
});
