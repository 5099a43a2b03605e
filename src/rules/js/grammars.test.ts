import { describe, expect, it } from "vitest";
import type { CodeLanguage } from "../../core/language.js";
import { sourceFileFor } from "../rule-tester.js";
import { runRulesOnFile } from "../run-rules.js";
import { RULES } from "./index.js";

/**
 * Node kinds differ between the JavaScript, TypeScript and TSX grammars (a
 * kind that does not exist in one makes ast-grep reject the whole rule), so
 * every rule runs over code that reaches all of its queries in each grammar.
 */
const SNIPPETS: readonly string[] = [
  `const { exec } = require("child_process");
const libxmljs = require("libxmljs");
const ldap = require("ldapjs");
const xpath = require("xpath");
const serialize = require("node-serialize");
app.get("/x", async (req, res) => {
  const q = req.query.q;
  exec("ls " + q);
  eval(q);
  setTimeout("run(" + q + ")", 1);
  new Function(q);
  new RegExp(q);
  await pool.query("SELECT * FROM t WHERE a = '" + q + "'");
  await User.findOne({ name: q, $where: "this.a == " + q });
  client.search("dc=x", { filter: "(uid=" + q + ")" });
  xpath.select("//u[@n='" + q + "']", doc);
  fs.readFileSync("/data/" + q);
  res.sendFile(q);
  await fetch(q);
  res.redirect(q);
  res.send("<p>" + q + "</p>");
  serialize.unserialize(q);
  libxmljs.parseXml(q, { noent: true });
  req.session.v = q;
  config[q][req.body.k] = 1;
  res.cookie("sid", q);
  if (x = 1) {}
  if (q === q) {}
  if (typeof q === "strng") {}
  if (q == 1) {}
  try { a(); } catch (e) {}
  p.catch(() => {});
  new Array(3).map((i) => i);
  new Promise(async (resolve) => resolve(1));
  for (const k in [1, 2]) {}
  for (const id of ids) { await fetch("/a/" + id); }
  let s = "";
  for (const r of rows) { s += r; }
  location.href = location.hash;
  document.getElementById("a").innerHTML = location.hash;
  return 1;
  cleanup();
});`,
  `const crypto = require("crypto");
const token = Math.random().toString(36);
const h = crypto.createHash("md5").update(password).digest("hex");
const c = crypto.createCipheriv("des-cbc", key, iv);
const agent = new https.Agent({ rejectUnauthorized: false });
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
const password = "Xk9#mP2vLq8!rT4w";
app.set("env", "development");
const server = new ApolloServer({ debug: true });
app.use(session({ secret: "s", cookie: { secure: false } }));
const re = /^(\\w+\\s?)*$/;
function merge(target, source) {
  for (const key in source) {
    if (typeof source[key] === "object") merge(target[key], source[key]);
    else target[key] = source[key];
  }
}
async function save() {}
async function main() { save(); }
class K { token = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"; }`,
  `export default function Page({ searchParams }) {
  return <div dangerouslySetInnerHTML={{ __html: searchParams.html }} />;
}`,
];

const LANGUAGES: readonly CodeLanguage[] = ["javascript", "typescript", "tsx"];

describe("JavaScript rules across grammars", () => {
  // JSX is not TypeScript syntax: the JSX snippet yields no findings there, only no errors.
  const cases = SNIPPETS.flatMap((code, i) =>
    LANGUAGES.map((language) => ({
      i,
      language,
      code,
      findings: !(code.includes("<div") && language === "typescript"),
    })),
  );
  it.each(cases)(
    "snippet $i parses and runs as $language without rule errors",
    ({ code, language, findings }) => {
      const result = runRulesOnFile(sourceFileFor(code, language), RULES);
      expect(result.notices.filter((n) => n.level === "error").map((n) => n.message)).toEqual([]);
      expect(result.drafts.length > 0).toBe(findings);
    },
  );
});
