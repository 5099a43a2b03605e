import { testRule } from "../rule-tester.js";
import rule from "./code-injection.js";

testRule(rule, {
  valid: [
    {
      name: "a Pug template written in the program, data from the request",
      code: `const page = pug.compile("h1= title");
app.get("/", (req, res) => res.send(page({ title: req.query.t })));`,
    },
    {
      name: "JSON.parse instead of eval",
      code: `app.post("/calc", (req, res) => {
  const data = JSON.parse(req.body.payload);
  res.json(data);
});`,
    },
    {
      name: "setTimeout with a function",
      code: `app.get("/later", (req, res) => {
  const name = req.query.name;
  setTimeout(() => notify(name), 1000);
  res.end();
});`,
    },
    {
      name: "eval of a constant",
      code: `const hasOptionalCatch = (() => { try { eval("try {} catch {}"); return true; } catch { return false; } })();`,
    },
    {
      name: "allow-listed operation looked up in a map",
      code: `const OPS = { add: (a, b) => a + b };
app.get("/op", (req, res) => {
  const op = OPS[req.query.op];
  res.json({ result: op ? op(1, 2) : null });
});`,
    },
    {
      name: "new Function from constants",
      code: `const getGlobal = new Function("return this");`,
      language: "typescript",
    },
    {
      name: "numeric cast",
      code: `router.get("/n", (req, res) => {
  const n = parseInt(req.query.n, 10);
  res.send(String(eval(n)));
});`,
    },
  ],
  invalid: [
    {
      name: "eval used to read back a stored object literal is deserialisation too",
      code: `async function restore(id) {
  const row = await Snapshot.findById(id);
  return eval("(" + row.text + ")");
}`,
      lines: [3],
      cwe: "CWE-502",
    },
    {
      name: "Pug markup stored by a shop owner compiled on the server",
      code: `async function render(shop) {
  const { rows } = await db.query("SELECT landing_pug FROM shops WHERE slug = $1", [shop]);
  return pug.compile(rows[0].landing_pug)({});
}`,
      lines: [3],
    },
    {
      name: "lodash template from the request body",
      code: `import { template } from "lodash";
app.post("/preview", (req, res) => {
  res.send(template(req.body.layout)({ name: "x" }));
});`,
      lines: [3],
    },
    {
      name: "eval of a query parameter",
      code: `app.get("/calc", (req, res) => {
  const expr = req.query.expr;
  const trimmed = expr.trim();
  const result = eval(trimmed);
  res.send(String(result));
});`,
      lines: [4],
    },
    {
      name: "new Function body from the request body",
      code: `export async function POST(request: Request) {
  const { formula } = await request.json();
  const fn = new Function("x", "return " + formula);
  return Response.json({ y: fn(2) });
}`,
      lines: [3],
      language: "typescript",
    },
    {
      name: "setTimeout with a string built from location.hash",
      code: `const step = location.hash.slice(1);
setTimeout("run('" + step + "')", 10);`,
      lines: [2],
    },
    {
      name: "vm.runInNewContext",
      code: `const vm = require("vm");
router.post("/sandbox", (req, res) => {
  const code = req.body.code;
  res.json(vm.runInNewContext(code, {}));
});`,
      lines: [4],
    },
    {
      name: "postMessage data evaluated",
      code: `window.addEventListener("message", (event) => {
  const script = event.data.script;
  eval(script);
});`,
      lines: [3],
    },
    {
      name: "the old JSON idiom on a request body: JSON.parse",
      code: `app.post("/prefs", (req, res) => {\n  const prefs = eval("(" + req.body.prefs + ")");\n  res.json(prefs);\n});\n`,
      lines: [2],
      at: [{ line: 2, column: 17, endLine: 2, endColumn: 49 }],
      output: `app.post("/prefs", (req, res) => {\n  const prefs = JSON.parse(req.body.prefs);\n  res.json(prefs);\n});\n`,
    },
  ],
});
