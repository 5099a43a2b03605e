import { testRule } from "../rule-tester.js";
import rule from "./regex-injection.js";

testRule(rule, {
  valid: [
    {
      name: "escaped search term",
      code: `import escapeRegExp from "lodash/escapeRegExp";
app.get("/search", async (req, res) => {
  const term = new RegExp(escapeRegExp(req.query.q), "i");
  res.json(await Post.find({ title: term }));
});`,
    },
    {
      name: "constant pattern",
      code: `app.get("/slug", (req, res) => {
  const re = new RegExp("^[a-z0-9-]+$");
  res.json({ ok: re.test(req.query.slug) });
});`,
    },
  ],
  invalid: [
    {
      name: "search term compiled directly",
      code: `app.get("/search", async (req, res) => {
  const { q } = req.query;
  const pattern = new RegExp(q, "i");
  const posts = await Post.find({ title: pattern });
  res.json(posts);
});`,
      lines: [3],
    },
    {
      name: "filter from the URL in the browser",
      code: `const params = new URLSearchParams(location.search);
const filter = RegExp("^" + params.get("filter"));
rows.forEach((r) => r.toggleAttribute("hidden", !filter.test(r.textContent)));`,
      lines: [2],
    },
  ],
});
