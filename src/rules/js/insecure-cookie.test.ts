import { testRule } from "../rule-tester.js";
import rule from "./insecure-cookie.js";

testRule(rule, {
  valid: [
    {
      name: "cookie package serialize that deletes the session cookie",
      code: `import { serialize } from "cookie";
export function clearSession() {
  return serialize("session", "", { path: "/", maxAge: 0 });
}`,
    },
    {
      name: "a login-hint cookie pre-fills a form and is no credential",
      code: `router.post("/login", async (ctx) => {
  ctx.cookies.set("last_login_hint", user.firstName, { httpOnly: false });
});`,
    },
    {
      name: "koa-session options declared apart, Secure decided by the environment",
      code: `const session = require("koa-session");
const SESSION_OPTS = { key: "app.sess", httpOnly: true, secure: process.env.NODE_ENV === "production" };
app.use(session(SESSION_OPTS, app));`,
    },
    {
      name: "options declared apart, then made secure before use",
      code: `const opts = { httpOnly: true, maxAge: 3600000 };
if (behindTls) opts.secure = true;
router.post("/login", (req, res) => {
  res.cookie("session_id", issue(req), opts);
});`,
    },
    {
      name: "Koa: setting a cookie to null deletes it",
      code: `router.post("/logout", async (ctx) => {
  ctx.cookies.set("sid", null);
  ctx.status = 204;
});`,
    },
    {
      name: "cookie package serialize of a session id with both flags",
      code: `import { serialize } from "cookie";
export default function handler(req, res) {
  res.setHeader("Set-Cookie", serialize("session_id", makeId(), { httpOnly: true, secure: true, path: "/" }));
}`,
    },
    {
      name: "Next.js cookies().set object form with both flags",
      code: `import { cookies } from "next/headers";
export async function login(token) {
  cookies().set({ name: "session", value: token, httpOnly: true, secure: true });
}`,
      language: "typescript",
    },
    {
      name: "Next.js cookies().set object form of a theme cookie",
      code: `import { cookies } from "next/headers";
export async function pick(theme) {
  cookies().set({ name: "theme", value: theme, httpOnly: false });
}`,
      language: "typescript",
    },
    {
      name: "a preferences cookie is no credential",
      code: `res.cookie("prefs", encoded, { maxAge: 365 * 864e5, sameSite: "lax" });`,
    },
    {
      name: "koa-session takes its flags at the top level",
      code: `const session = require("koa-session");
app.use(session({ key: "sid", httpOnly: true, secure: true, sameSite: "lax" }, app));`,
    },
    {
      name: "cookie-session options spread from a config module",
      code: `app.use(cookieSession({ keys: config.sessionKeys, ...config.session }));`,
    },
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
    {
      name: "raw Set-Cookie header with Secure and HttpOnly",
      code: `import type { ServerResponse } from "node:http";
export function remember(res: ServerResponse, token: string) {
  res.setHeader("set-cookie", \`remember=\${token}; Path=/; HttpOnly; Secure; SameSite=Strict\`);
}`,
      language: "typescript",
    },
    {
      name: "raw Set-Cookie header that deletes the cookie",
      code: `function logout(req, res) {
  res.setHeader("Set-Cookie", "remember=; Path=/; Max-Age=0");
  res.end();
}`,
    },
  ],
  invalid: [
    {
      name: "koa-session options declared apart with both flags off, reported where they are applied",
      code: `const session = require("koa-session");
const SESSION_OPTS = {
  key: "app.sess",
  httpOnly: false,
  secure: false,
};
app.use(session(SESSION_OPTS, app));`,
      lines: [7],
    },
    {
      name: "a token cookie whose options are a local variable without flags",
      code: `async function remember(ctx, token) {
  const opts = { maxAge: 30 * 864e5, sameSite: "lax" };
  ctx.cookies.set("remember_token", token, opts);
}`,
      lines: [3],
    },
    {
      name: "cookie package serialize of a session id without flags",
      code: `import { serialize } from "cookie";
export default function handler(req, res) {
  res.setHeader("Set-Cookie", serialize("session_id", makeId(), { path: "/", sameSite: "lax" }));
}`,
      lines: [3],
    },
    {
      name: "Next.js cookies().set object form with httpOnly off",
      code: `import { cookies } from "next/headers";
export async function login(token) {
  cookies().set({
    name: "session",
    value: token,
    httpOnly: false,
    secure: true,
  });
}`,
      lines: [3],
      language: "typescript",
    },
    {
      name: "koa-session without secure",
      code: `const session = require("koa-session");
app.use(session({ key: "sid", httpOnly: true }, app));`,
      lines: [2],
    },
    {
      name: "shared options with secure turned off",
      code: `res.cookie("bff_session", handle, { ...BFF_COOKIE, secure: false });`,
      lines: [1],
    },
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
    {
      name: "raw Set-Cookie header without attributes",
      code: `import type { ServerResponse } from "node:http";
export function remember(res: ServerResponse, token: string) {
  res.setHeader("set-cookie", \`remember=\${token}; Path=/; SameSite=Strict\`);
}`,
      lines: [3],
      language: "typescript",
    },
    {
      name: "Set-Cookie in writeHead with HttpOnly only",
      code: `const http = require("http");
http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/plain", "Set-Cookie": ["lang=en; Path=/; HttpOnly"] });
  res.end("ok");
});`,
      lines: [3],
    },
  ],
});
