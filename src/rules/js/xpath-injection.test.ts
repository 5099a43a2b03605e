import { testRule } from "../rule-tester.js";
import rule from "./xpath-injection.js";

testRule(rule, {
  valid: [
    {
      name: "constant expression",
      code: `const xpath = require("xpath");
app.get("/titles", (req, res) => {
  const nodes = xpath.select("//book/title/text()", doc);
  res.json(nodes.map(String));
});`,
    },
    {
      name: "value validated with a strict pattern",
      code: `const xpath = require("xpath");
app.get("/book", (req, res) => {
  const isbn = req.query.isbn;
  if (!/^[0-9-]+$/.test(isbn)) return res.sendStatus(400);
  res.json(xpath.select1(\`//book[@isbn='\${isbn}']\`, doc));
});`,
    },
  ],
  invalid: [
    {
      name: "login check against an XML user store",
      code: `const xpath = require("xpath");
app.post("/login", (req, res) => {
  const { user, pass } = req.body;
  const expr = "//user[name/text()='" + user + "' and password/text()='" + pass + "']";
  const match = xpath.select(expr, usersDoc);
  res.json({ ok: match.length > 0 });
});`,
      lines: [5],
    },
    {
      name: "document.evaluate with the hash",
      code: `const id = location.hash.slice(1);
const node = document.evaluate("//*[@data-id='" + id + "']", document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);`,
      lines: [2],
    },
  ],
});
