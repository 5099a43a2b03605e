import { testRule } from "../rule-tester.js";
import rule from "./insecure-cookie.js";

testRule(rule, {
  valid: [
    {
      name: "secure and httpOnly",
      code: `app.post("/login", (req, res) => {
  res.cookie("sid", createSession(req.body.user), { httpOnly: true, secure: true, sameSite: "lax" });
  res.end();
});`,
    },
    {
      name: "express-session with a secure cookie",
      code: `app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  cookie: { secure: true, httpOnly: true, maxAge: 3600000 },
}));`,
    },
    {
      name: "clearing a cookie",
      code: `app.post("/logout", (req, res) => {
  res.cookie("sid", "", { expires: new Date(0) });
  res.redirect("/");
});`,
    },
    {
      name: "options built elsewhere",
      code: `app.get("/", (req, res) => {
  res.cookie("theme", req.query.t, cookieOptions);
  res.end();
});`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "no options at all",
      code: `app.post("/login", async (req, res) => {
  const token = await issueToken(req.body);
  res.cookie("auth_token", token);
  res.json({ ok: true });
});`,
      lines: [3],
    },
    {
      name: "httpOnly disabled",
      code: `router.get("/remember", (req, res) => {
  res.cookie("remember", req.user.id, { secure: true, httpOnly: false, maxAge: 864e5 });
  res.end();
});`,
      lines: [2],
      cwe: "CWE-1004",
    },
    {
      name: "express-session without secure",
      code: `const session = require("express-session");
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    cookie: { secure: false },
  }),
);`,
      lines: [5],
    },
    {
      name: "Next.js cookies() store",
      code: `import { cookies } from "next/headers";
export async function POST(request: Request) {
  const { token } = await request.json();
  const store = await cookies();
  store.set("auth_token", token, { httpOnly: false, secure: true, path: "/" });
  return Response.json({ ok: true });
}`,
      lines: [5],
      language: "typescript",
      cwe: "CWE-1004",
    },
  ],
});
