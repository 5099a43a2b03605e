import { describe, expect, it } from "vitest";
import type { CodeLanguage } from "../../core/language.js";
import { parseSource } from "../../rules/parse.js";
import { FIX_POLICIES } from "../policy.js";
import { policyView } from "./policy-view.js";
import { nodesIn } from "./walk.js";

/** The reasons a rule's policy gives against code written by a fix (every line counts as written). */
function refusals(ruleId: string, language: CodeLanguage, code: string): string[] {
  const root = parseSource(language, code).root;
  const view = policyView(nodesIn(root, [[1, code.split("\n").length]]));
  return FIX_POLICIES.get(ruleId)!
    .refuses.filter((c) => c.test(view))
    .map((c) => c.refuses);
}

const REFUSED: readonly [string, CodeLanguage, string, RegExp][] = [
  ["py/sql-injection", "python", `cur.execute("SELECT 1 WHERE a = '%s'" % x.replace("'", "''"))`, /escapes/],
  ["js/sql-injection", "javascript", "db.query('SELECT 1 WHERE a = ' + mysql.escape(x));", /escapes/],
  ["py/command-injection", "python", 'subprocess.run("ls " + shlex.quote(d), shell=True)', /shell/],
  ["js/command-injection", "javascript", "execSync('ls ' + d.replace(/;/g, ''));", /shell/],
  ["py/code-injection", "python", 'eval(re.sub(r"[^0-9+*/-]", "", expr))', /evaluates/],
  ["py/insecure-deserialization", "python", "yaml.load(data, Loader=yaml.FullLoader)", /loader/],
  [
    "py/insecure-random",
    "python",
    "token = hashlib.sha256(str(time.time()).encode()).hexdigest()",
    /predictable/,
  ],
  [
    "py/insecure-random",
    "python",
    "random.seed(os.urandom(16))\ntoken = random.random()",
    /predictable generator/,
  ],
  [
    "js/insecure-random",
    "javascript",
    "const id = crypto.createHash('sha256').update(String(Date.now())).digest('hex');",
    /predictable/,
  ],
  [
    "py/hardcoded-credentials",
    "python",
    'API_KEY = base64.b64decode("c2VjcmV0").decode()',
    /keeps the secret/,
  ],
  ["py/xxe", "python", "parser = etree.XMLParser(resolve_entities=True)", /entities/],
  [
    "py/tls-verification-disabled",
    "python",
    "requests.get(u, verify=os.environ.get('VERIFY') == '1')",
    /verification/,
  ],
  ["py/path-traversal", "python", 'if ".." in name:\n    abort(400)', /'\.\.'/],
  ["js/reflected-xss", "javascript", "res.send(q.replace('<script>', ''));", /markup/],
  ["js/ssrf", "javascript", "if (url.startsWith('https://api.example.com')) fetch(url);", /prefix/],
];

const KEPT: readonly [string, CodeLanguage, string][] = [
  ["py/sql-injection", "python", 'cur.execute("SELECT 1 WHERE a = %s", (x,))'],
  ["py/command-injection", "python", 'subprocess.run(["ls", "-l", d], check=True)'],
  ["py/code-injection", "python", "value = ast.literal_eval(expr)"],
  ["py/insecure-deserialization", "python", "yaml.load(data, Loader=yaml.SafeLoader)"],
  ["py/insecure-random", "python", "token = secrets.token_urlsafe(32)"],
  ["js/insecure-random", "javascript", "const id = crypto.randomBytes(16).toString('hex');"],
  ["py/hardcoded-credentials", "python", 'API_KEY = os.environ["API_KEY"]'],
  ["js/hardcoded-credentials", "javascript", "const key = process.env.API_KEY;"],
  ["py/tls-verification-disabled", "python", "requests.get(u, verify=True)"],
  [
    "py/path-traversal",
    "python",
    "full = os.path.realpath(os.path.join(BASE, name))\nif os.path.commonpath([full, BASE]) != BASE:\n    abort(400)",
  ],
  ["js/ssrf", "javascript", "if (ALLOWED.has(new URL(url).hostname)) fetch(url);"],
];

describe("fix policies refuse what they say", () => {
  it.each(REFUSED)("%s refuses: %s", (rule, language, code, reason) => {
    expect(refusals(rule, language, code).join("; ")).toMatch(reason);
  });
  it.each(KEPT)("%s keeps: %s", (rule, language, code) => {
    expect(refusals(rule, language, code)).toEqual([]);
  });
});
