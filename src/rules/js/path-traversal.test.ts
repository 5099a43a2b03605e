import { testRule } from "../rule-tester.js";
import rule from "./path-traversal.js";

testRule(rule, {
  valid: [
    {
      name: "path.relative containment: the measured relative path joined back under the root",
      code: `const { join, relative, resolve, isAbsolute } = require("path");
const REPORT_DIR = resolve("/srv/app/reports");
app.get("/reports/:file", (req, res) => {
  const full = resolve(REPORT_DIR, req.params.file);
  const rel = relative(REPORT_DIR, full);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return res.sendStatus(403);
  fs.createReadStream(join(REPORT_DIR, rel)).pipe(res);
});`,
    },
    {
      name: "a helper moving an upload's temporary file (formidable filepath) under a cleaned name",
      code: `const fs = require("fs");
const path = require("path");
async function store(dir, file) {
  await fs.promises.rename(file.filepath, path.join(dir, path.basename(file.originalFilename)));
}
module.exports = { store };`,
    },
    {
      name: "an upload's temporary file (formidable filepath, multer path) is a path the server chose",
      code: `const fs = require("fs");
router.post("/avatar", async (ctx) => {
  const upload = ctx.request.files.avatar;
  const svg = await fs.promises.readFile(upload.filepath, "utf8");
  ctx.body = { bytes: svg.length };
});
app.post("/import", upload.single("csv"), (req, res) => {
  res.send(fs.readFileSync(req.file.path, "utf8"));
});`,
    },
    {
      name: "trust regression: a Node CLI reading process.argv into fs.readFile is its own input file (operatorFlows: ignore)",
      code: `#!/usr/bin/env node
const fs = require("fs");

const [, , input] = process.argv;
fs.readFile(input, "utf8", (err, text) => {
  if (err) throw err;
  process.stdout.write(text.toUpperCase());
});`,
    },
    {
      name: "trust: a CA bundle named by an environment variable is configuration (operatorFlows: ignore)",
      code: `const fs = require("fs");
const https = require("https");
const agent = new https.Agent({ ca: fs.readFileSync(process.env.PARTNER_CA_FILE || "/etc/ssl/ca.pem") });`,
    },
    {
      name: "trust: a constant path is not a taint finding",
      code: `const fs = require("fs");
const path = require("path");
const TEMPLATE = path.join(__dirname, "templates", "mail.html");
module.exports = () => fs.readFileSync(TEMPLATE, "utf8");`,
    },
    {
      name: "basename keeps the file inside the folder",
      code: `const fs = require("fs");
const path = require("path");
app.get("/avatar/:name", (req, res) => {
  const file = path.join(__dirname, "avatars", path.basename(req.params.name));
  fs.createReadStream(file).pipe(res);
});`,
    },
    {
      name: "sendFile with a root option",
      code: `app.get("/files/:name", (req, res) => {
  res.sendFile(req.params.name, { root: path.join(__dirname, "public") });
});`,
    },
    {
      name: "resolved path checked against the root",
      code: `import { readFile } from "node:fs/promises";
import path from "node:path";
const ROOT = path.resolve("uploads");
export async function GET(request: Request) {
  const name = new URL(request.url).searchParams.get("file") ?? "";
  const resolved = path.resolve(ROOT, name);
  if (!resolved.startsWith(ROOT + path.sep)) {
    return new Response("forbidden", { status: 403 });
  }
  return new Response(await readFile(resolved));
}`,
      language: "typescript",
    },
    {
      name: "constant path",
      code: `const fs = require("fs");
app.get("/terms", (req, res) => {
  res.type("html").send(fs.readFileSync("./static/terms.html", "utf8"));
});`,
    },
    {
      name: "rejects dot-dot before use",
      code: `const fs = require("fs");
app.delete("/tmp/:name", (req, res) => {
  const name = req.params.name;
  if (name.includes("..")) return res.sendStatus(400);
  fs.unlinkSync("/tmp/uploads/" + name);
  res.sendStatus(204);
});`,
    },
    {
      name: "exported storage class with a numeric key",
      code: `import { promises as fs } from "node:fs";
import { join } from "node:path";
export class ReceiptStore {
  constructor(private readonly base = "/data/receipts") {}
  async read(orderId: number): Promise<Buffer> {
    return fs.readFile(join(this.base, String(orderId) + ".pdf"));
  }
}`,
      language: "typescript",
    },
    {
      name: "exported storage class checks the resolved path",
      code: `import { promises as fs } from "node:fs";
import { resolve, sep } from "node:path";
export class ReceiptStore {
  constructor(private readonly base = "/data/receipts") {}
  async read(name: string): Promise<Buffer> {
    const full = resolve(this.base, name);
    if (!full.startsWith(this.base + sep)) throw new Error("outside the store");
    return fs.readFile(full);
  }
}`,
      language: "typescript",
    },
    {
      name: "a same-file function named download fetches a URL, it is not res.download",
      code: `async function download(url) {
  const r = await fetch("https://cdn.example.com/" + encodeURIComponent(url));
  return r.arrayBuffer();
}
app.get("/thumb", async (req, res) => {
  res.type("png").send(Buffer.from(await download(req.query.id)));
});`,
    },
    {
      name: "a containment checker method given the folder and the file: either may be the one it tests",
      code: `import { createReadStream } from "fs";
import { join, resolve, relative, isAbsolute } from "path";
const ROOT = resolve("/var/lib/helpdesk/attachments");
export class AttachmentsService {
  open(name: string) {
    const dir = join(ROOT, "shared");
    const file = resolve(dir, name);
    if (!this.isInside(dir, file)) throw new Error("invalid name");
    return createReadStream(file);
  }
  isInside(dir: string, file: string): boolean {
    const rel = relative(dir, file);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  }
}`,
      language: "typescript",
    },
    {
      name: "@fastify/multipart: the client's file name reduced with path.basename",
      code: `const fs = require("fs");
const path = require("path");
const { pipeline } = require("stream/promises");
fastify.post("/upload", async (request, reply) => {
  const part = await request.file();
  await pipeline(part.file, fs.createWriteStream(path.join("/srv/uploads", path.basename(part.filename))));
  return { ok: true };
});`,
    },
    {
      name: "containment measured in place: path.relative(ROOT, full).startsWith('..') before an exit",
      code: `const fs = require("fs/promises");
const path = require("path");
const DIR = path.resolve("/srv/static/avatars");
router.delete("/me/avatar", async (req, res) => {
  const [rows] = await db.execute("SELECT avatar_file FROM users WHERE id = ?", [req.user.id]);
  const full = path.resolve(DIR, rows[0].avatar_file);
  if (path.relative(DIR, full).startsWith("..") || path.isAbsolute(path.relative(DIR, full))) throw new Error("outside");
  await fs.unlink(full);
  res.sendStatus(204);
});`,
    },
    {
      name: "a '..' check of the decoded name before an exit",
      code: `const fs = require("fs/promises");
const path = require("path");
export async function GET(req, { params }) {
  const slug = decodeURIComponent(params.slug.join("/"));
  if (slug.includes("..")) throw new Error("invalid");
  return new Response(await fs.readFile(path.join("/srv/docs", slug + ".md"), "utf8"));
}`,
    },
  ],
  invalid: [
    {
      name: "a probe before the read is the same flaw: reported once, at the read",
      code: `const fs = require("fs");
const path = require("path");
app.get("/avatar/:name", async (req, res) => {
  const file = path.join("/srv/avatars", decodeURIComponent(req.params.name));
  await fs.promises.access(file);
  fs.createReadStream(file).pipe(res);
});`,
      lines: [6],
    },
    {
      name: "a folder made for the file, then the file written: reported at the write",
      code: `const fs = require("fs");
const path = require("path");
app.post("/themes", async (req, res) => {
  const target = path.join("/srv/themes", req.body.name);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.writeFile(target, req.body.css);
  res.end();
});`,
      lines: [6],
    },
    {
      name: "a probe alone is still reported",
      code: `const fs = require("fs");
app.get("/exists", (req, res) => {
  fs.stat("/srv/files/" + req.query.name, (err) => res.json({ exists: !err }));
});`,
      lines: [3],
    },
    {
      name: "an upload's own name (formidable originalFilename) is the client's",
      code: `const fs = require("fs");
router.post("/avatar", async (ctx) => {
  const upload = ctx.request.files.avatar;
  await fs.promises.rename(upload.filepath, "/srv/avatars/" + upload.originalFilename);
});`,
      lines: [4],
    },
    {
      name: "trust: the request's URL path is remote, high",
      code: `const fs = require("fs");
app.get("/doc/:name", (req, res) => {
  res.send(fs.readFileSync("/srv/docs/" + req.params.name, "utf8"));
});`,
      lines: [3],
      severity: "high",
      message: "the request's URL path (req.params",
    },
    {
      name: "trust: a path from the environment beside one from the request is the request's",
      code: `const fs = require("fs");
app.get("/logs/:name", (req, res) => {
  res.send(fs.readFileSync(process.env.LOG_DIR + "/" + req.params.name, "utf8"));
});`,
      lines: [3],
      severity: "high",
      message: "the request's URL path (req.params",
    },
    {
      name: "trust: a path stored in the database is high (second-order)",
      code: `const fs = require("fs");
async function attachment(id) {
  const doc = await Attachment.findById(id);
  return fs.readFileSync("/srv/attachments/" + doc.storedName);
}`,
      lines: [4],
      severity: "high",
      message: "a row read from the database (Attachment.findById()",
    },
    {
      name: "readFile with a joined query parameter",
      code: `const fs = require("fs");
const path = require("path");
app.get("/download", (req, res) => {
  const name = req.query.file;
  const full = path.join(__dirname, "reports", name);
  fs.readFile(full, (err, data) => {
    res.send(data);
  });
});`,
      lines: [6],
    },
    {
      name: "res.sendFile with a route parameter",
      code: `router.get("/docs/:page", (req, res) => {
  const page = req.params.page;
  res.sendFile(\`/var/www/docs/\${page}.html\`);
});`,
      lines: [3],
    },
    {
      name: "fs/promises writeFile in a Next.js handler",
      code: `import { writeFile } from "fs/promises";
export async function POST(request: Request) {
  const form = await request.formData();
  const filename = form.get("filename") as string;
  const data = form.get("data") as string;
  await writeFile("./uploads/" + filename, data);
  return Response.json({ ok: true });
}`,
      lines: [6],
      language: "typescript",
    },
    {
      name: "Koa download of a body field",
      code: `const fs = require("fs");
router.post("/export", async (ctx) => {
  const { target } = ctx.request.body;
  ctx.body = fs.createReadStream(target);
});`,
      lines: [4],
    },
    {
      name: "exported storage class joins a caller's file name",
      code: `import { promises as fs } from "node:fs";
import { join } from "node:path";
export class ReceiptStore {
  constructor(private readonly base = "/data/receipts") {}
  async read(name: string): Promise<Buffer> {
    return fs.readFile(join(this.base, name));
  }
}`,
      lines: [6],
      language: "typescript",
    },
    {
      name: "a same-file wrapper that reads the file it is given",
      code: `const fs = require("fs");
const readFile = (p) => fs.promises.readFile(p, "utf8");
app.get("/notes", async (req, res) => res.send(await readFile("/srv/notes/" + req.query.name)));`,
      lines: [2],
    },
    {
      name: "a checker given other names vouches for nothing about the name joined afterwards",
      code: `const fs = require("fs");
const path = require("path");
const ROOT = "/srv/files";
app.get("/files/:dir/:name", (req, res) => {
  const dir = path.join(ROOT, req.params.dir);
  if (!isInside(ROOT, dir)) return res.sendStatus(403);
  fs.createReadStream(path.join(dir, req.params.name)).pipe(res);
});`,
      lines: [7],
    },
    {
      name: "@fastify/multipart: request.file() and request.parts() hold the client's file name",
      code: `const fs = require("fs");
const path = require("path");
const { pipeline } = require("stream/promises");
fastify.post("/upload", async (request, reply) => {
  const part = await request.file();
  await pipeline(part.file, fs.createWriteStream(path.join("/srv/uploads", part.filename)));
  for await (const p of request.parts()) {
    if (p.type === "file") await fs.promises.writeFile(path.join("/srv/uploads", p.filename), await p.toBuffer());
  }
  return { ok: true };
});`,
      lines: [6, 8],
    },
    {
      name: "mysql2 pool.execute returns stored rows: a file name saved by a user, joined and unlinked",
      code: `const fs = require("fs/promises");
const path = require("path");
router.delete("/me/avatar", async (req, res) => {
  const [rows] = await db.execute("SELECT avatar_file FROM users WHERE id = ?", [req.user.id]);
  await fs.unlink(path.join("/srv/static/avatars", rows[0].avatar_file));
  res.sendStatus(204);
});`,
      lines: [5],
    },
    {
      name: "a '..' check or basename of the encoded name is undone by decoding it afterwards (..%2F)",
      code: `const fs = require("fs/promises");
const path = require("path");
export async function GET(req, { params }) {
  const slug = params.slug.join("/");
  if (slug.includes("../")) throw new Error("invalid");
  const md = await fs.readFile(path.join("/srv/docs", decodeURIComponent(slug) + ".md"), "utf8");
  const img = await fs.readFile(path.join("/srv/img", decodeURIComponent(path.basename(params.img))));
  return new Response(md + img);
}`,
      lines: [6, 7],
    },
  ],
});
