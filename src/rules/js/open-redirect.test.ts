import { testRule } from "../rule-tester.js";
import rule from "./open-redirect.js";

testRule(rule, {
  valid: [
    {
      name: "a helper that falls back unless the value starts with one slash and not two",
      code: `function safeNext(next) {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) {
    return "/dashboard";
  }
  return next;
}
app.post("/login", (req, res) => {
  res.redirect(safeNext(req.body.next));
});`,
    },
    {
      name: "redirected only inside a check for a path on this site",
      code: `app.get("/back", (req, res) => {
  const ret = String(req.query.returnTo || "/");
  if (ret.startsWith("/") && ret[1] !== "/") return res.redirect(ret);
  res.redirect("/");
});`,
    },
    {
      name: "a prefix check that ends the host with a slash pins the origin",
      code: `app.get("/continue", (req, res) => {
  const next = String(req.query.next);
  if (!next.startsWith("https://trusted.example/")) return res.status(400).end();
  res.redirect(next);
});`,
    },
    {
      name: "the URL's origin checked against an allow-list",
      code: `const ORIGINS = new Set(["https://partner.example"]);
app.get("/continue", (req, res) => {
  const url = new URL(String(req.query.next));
  res.redirect(ORIGINS.has(url.origin) ? url.href : "/");
});`,
    },
    {
      name: "allow-listed destination",
      code: `const DESTINATIONS = { home: "/", account: "/account" };
app.get("/go", (req, res) => {
  const dest = DESTINATIONS[req.query.to] ?? "/";
  res.redirect(dest);
});`,
    },
    {
      name: "constant redirect",
      code: `app.post("/logout", (req, res) => {
  req.session.destroy(() => res.redirect(302, "/login"));
});`,
    },
    {
      name: "value encoded into a fixed URL",
      code: `app.get("/search", (req, res) => {
  res.redirect("/results?q=" + encodeURIComponent(req.query.q));
});`,
    },
    {
      name: "checked against a list of allowed URLs",
      code: `const ALLOWED = ["https://docs.example.com", "https://example.com/help"];
const next = new URLSearchParams(location.search).get("next");
if (ALLOWED.includes(next)) {
  window.location.assign(next);
}`,
    },
    {
      name: "Location header from an allow-list lookup re-read in the ternary",
      code: `const http = require("http");
const PAGES = new Set(["/", "/orders", "/profile"]);
http.createServer((req, res) => {
  const q = new URL(req.url, "http://local").searchParams;
  const back = PAGES.has(q.get("back")) ? q.get("back") : "/";
  res.writeHead(303, { Location: back });
  res.end();
}).listen(3000);`,
    },
    {
      name: "setHeader Location with a constant path",
      code: `app.post("/logout", (req, res) => {
  res.statusCode = 302;
  res.setHeader("Location", "/signed-out");
  res.end();
});`,
    },
    {
      name: "a helper returning the parsed URL's path only inside a test that its origin is the request's",
      code: `function afterLogoutTarget(ctx) {
  try {
    const u = new URL(ctx.get("Referer"));
    if (u.origin === ctx.origin) return u.pathname;
  } catch {}
  return "/";
}
router.post("/logout", async (ctx) => {
  ctx.redirect(afterLogoutTarget(ctx));
});`,
    },
    {
      name: "an exit unless the parsed URL's origin is the base it was resolved against (a local name)",
      code: `function sameOriginPath(candidate) {
  const base = "http://internal.invalid";
  const u = new URL(candidate, base);
  if (u.origin !== base) return "/";
  return u.pathname + u.search + u.hash;
}
app.get("/signin", (req, res) => {
  res.redirect(sameOriginPath(String(req.query.callbackUrl)));
});`,
    },
    {
      name: "a ternary that keeps the path and query of a URL whose host is the request's",
      code: `function sameHostPath(target, host) {
  const url = new URL(target, \`https://\${host}\`);
  return url.host === host ? url.pathname + url.search : "/";
}
app.get("/locale", (req, res) => {
  res.redirect(302, sameHostPath(String(req.query.redirect), req.headers.host));
});`,
    },
    {
      name: "inside a test of the host against a domain and its subdomains (a dot-led suffix)",
      code: `function resolveReturnTo(raw) {
  const u = new URL(raw);
  if (u.protocol === "https:" && (u.hostname === "example.com" || u.hostname.endsWith(".example.com"))) return u.href;
  return "https://www.example.com/";
}
router.get("/logout", async (ctx) => {
  ctx.redirect(resolveReturnTo(String(ctx.query.returnTo)));
});`,
    },
    {
      name: "a site-path check kept in a const and read by the ternary",
      code: `app.get("/cb", (req, res) => {
  const ret = String(req.query.returnUrl ?? "/");
  const local = ret.startsWith("/") && !ret.startsWith("//") && !ret.startsWith("/\\\\");
  res.redirect(local ? ret : "/");
});`,
    },
    {
      name: "NestJS @Redirect handler returning a url picked from an allow-list, and a @Get handler's { url } data",
      code: `import { Controller, Get, Query, Redirect } from "@nestjs/common";
const TARGETS: Record<string, string> = { sale: "https://shop.example.com/sale" };
@Controller("t")
export class TrackController {
  @Get("click")
  @Redirect("https://shop.example.com", 302)
  click(@Query("to") to: string) {
    return { url: TARGETS[to] ?? "https://shop.example.com" };
  }
  @Get("info")
  info(@Query("to") to: string) {
    return { url: to };
  }
}`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "an exit that only checks the first slash lets //evil.example through",
      code: `app.get("/back", (req, res) => {
  const next = String(req.query.next || "/");
  if (typeof next !== "string" || !next.startsWith("/")) return res.redirect("/");
  res.redirect(next);
});`,
      lines: [4],
    },
    {
      name: "the second-slash check on another name guards nothing",
      code: `app.get("/back", (req, res) => {
  const next = String(req.query.next || "/");
  const other = String(req.query.other || "");
  if (!next.startsWith("/") || other.startsWith("//")) return res.redirect("/");
  res.redirect(next);
});`,
      lines: [5],
    },
    {
      name: "a prefix check without the slash after the host does not guard (trusted.example.evil.test passes)",
      code: `app.get("/continue", (req, res) => {
  const next = String(req.query.next);
  if (!next.startsWith("https://trusted.example")) return res.status(400).end();
  res.redirect(next);
});`,
      lines: [4],
    },
    {
      name: "a substring check does not guard",
      code: `app.get("/continue", (req, res) => {
  const next = String(req.query.next);
  if (next.includes("trusted.example")) res.redirect(next);
  else res.redirect("/");
});`,
      lines: [3],
    },
    {
      name: "Express redirect to a query parameter",
      code: `app.get("/login/callback", (req, res) => {
  const returnTo = req.query.returnTo;
  // ... authenticate ...
  res.redirect(returnTo);
});`,
      lines: [4],
    },
    {
      name: "status then URL",
      code: `router.get("/out", (req, res) => {
  const { url } = req.query;
  res.redirect(301, url);
});`,
      lines: [3],
    },
    {
      name: "browser location from the hash",
      code: `const target = decodeURIComponent(window.location.hash.slice(1));
if (target) {
  window.location.href = target;
}`,
      lines: [3],
    },
    {
      name: "Koa ctx.redirect",
      code: `router.get("/sso", async (ctx) => {
  const next = ctx.query.next as string;
  await createSession(ctx);
  ctx.redirect(next);
});`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "startsWith('/') is not enough",
      code: `app.get("/r", (req, res) => {
  const u = req.query.u;
  if (u.startsWith("/")) {
    res.redirect(u);
  }
});`,
      lines: [4],
    },
    {
      name: "Location header in writeHead from a query parameter",
      code: `const http = require("http");
http.createServer((req, res) => {
  const q = new URL(req.url, "http://local").searchParams;
  const back = q.get("back") || "/";
  res.writeHead(303, { Location: back });
  res.end();
}).listen(3000);`,
      lines: [5],
    },
    {
      name: "setHeader Location and res.location from the body",
      code: `app.post("/continue", (req, res) => {
  res.setHeader("location", req.body.next);
  res.location(req.body.next).sendStatus(302);
});`,
      lines: [2, 3],
    },
    {
      name: "a host suffix without the leading dot lets evil-example.com through",
      code: `function resolveReturnTo(raw) {
  const u = new URL(raw);
  if (u.hostname.endsWith("example.com")) return u.href;
  return "/";
}
router.get("/logout", async (ctx) => {
  ctx.redirect(resolveReturnTo(String(ctx.query.returnTo)));
});`,
      lines: [7],
    },
    {
      name: "a const holding only the first-slash check does not keep //evil.example out",
      code: `app.get("/cb", (req, res) => {
  const ret = String(req.query.returnUrl ?? "/");
  const local = ret.startsWith("/");
  res.redirect(local ? ret : "/");
});`,
      lines: [4],
    },
    {
      name: "the origin tested is another URL's, not the one whose path is returned",
      code: `app.get("/back", (req, res) => {
  const home = new URL("https://app.example/");
  const u = new URL(String(req.query.next));
  res.redirect(home.origin === "https://app.example" ? u.pathname + u.search : "/");
});`,
      lines: [4],
    },
    {
      name: "NestJS @Redirect handler returning the query's url replaces the decorator's target",
      code: `import { Controller, Get, Query, Redirect } from "@nestjs/common";
@Controller("t")
export class TrackController {
  @Get("click")
  @Redirect("https://shop.example.com", 302)
  async click(@Query("to") to?: string) {
    if (to) {
      return { url: to };
    }
    return undefined;
  }
}`,
      lines: [8],
      language: "typescript",
    },
  ],
});
