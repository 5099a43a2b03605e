import { testRule } from "../rule-tester.js";
import rule from "./trust-boundary.js";

testRule(rule, {
  valid: [
    {
      name: "server-side value",
      code: `app.post("/login", async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  req.session.userId = user.id;
  res.redirect("/");
});`,
    },
    {
      name: "validated against an allow-list",
      code: `const LOCALES = ["en", "fr", "de"];
app.get("/lang", (req, res) => {
  const lang = req.query.lang;
  if (!LOCALES.includes(lang)) return res.sendStatus(400);
  req.session.locale = lang;
  res.end();
});`,
    },
  ],
  invalid: [
    {
      name: "role from the body",
      code: `app.post("/profile", (req, res) => {
  const { displayName, role } = req.body;
  req.session.displayName = displayName;
  req.session.role = role;
  res.end();
});`,
      lines: [3, 4],
    },
    {
      name: "Koa session",
      code: `router.get("/return", async (ctx) => {
  ctx.session.returnTo = ctx.query.next;
  ctx.redirect("/login");
});`,
      lines: [2],
    },
  ],
});
