import { describe, expect, it } from "vitest";
import { reviewFiles, type Files } from "./cross-file.test-support.js";

/** The insecure-cookie findings of a multi-file review, as `file:line`. */
function cookieFindings(files: Files): string[] {
  return reviewFiles(files)
    .drafts.filter((d) => d.ruleId === "js/insecure-cookie")
    .map((d) => `${d.file}:${d.range.start.line}`);
}

const SESSION_APP = `const express = require("express");
const session = require("express-session");
const conf = require("./conf");
const app = express();
app.use(session({
  secret: conf.secret,
  resave: false,
  cookie: conf.cookie,
}));
`;

const CONF = (flags: string): string => `module.exports = {
  secret: process.env.SECRET,
  cookie: { ${flags} sameSite: "lax" },
};
`;

describe("settings defined in one module and applied in another", () => {
  it("reports express-session at the call when the imported cookie block turns Secure off", () => {
    expect(
      cookieFindings({ "app.js": SESSION_APP, "conf.js": CONF("secure: false, httpOnly: true,") }),
    ).toEqual(["app.js:5"]);
  });

  it("stays quiet when the imported cookie block is secure, or decided by the environment", () => {
    expect(
      cookieFindings({ "app.js": SESSION_APP, "conf.js": CONF("secure: true, httpOnly: true,") }),
    ).toEqual([]);
    expect(
      cookieFindings({
        "app.js": SESSION_APP,
        "conf.js": CONF('secure: process.env.NODE_ENV === "production", httpOnly: true,'),
      }),
    ).toEqual([]);
  });

  it("follows a named export of a TypeScript settings module passed whole to session()", () => {
    const files = (secure: string): Files => ({
      "server.ts": `import express from "express";
import session from "express-session";
import { sessionSettings } from "./settings";
const app = express();
app.use(session(sessionSettings));
`,
      "settings.ts": `import type { SessionOptions } from "express-session";
export const sessionSettings: SessionOptions = {
  secret: process.env.SECRET as string,
  cookie: { secure: ${secure}, maxAge: 3600000 },
};
`,
    });
    expect(cookieFindings(files("false"))).toEqual(["server.ts:5"]);
    expect(cookieFindings(files("true"))).toEqual([]);
  });

  it("follows an exported function that returns the cookie options", () => {
    const files = (flags: string): Files => ({
      "routes/login.js": `const { authCookie } = require("../lib/cookie-opts");
module.exports = (req, res, token) => {
  res.cookie("auth_token", token, authCookie(3600));
};
`,
      "lib/cookie-opts.js": `function authCookie(ttl) {
  return { path: "/", maxAge: ttl, ${flags} };
}
module.exports = { authCookie };
`,
    });
    expect(cookieFindings(files('sameSite: "lax"'))).toEqual(["routes/login.js:3"]);
    expect(cookieFindings(files("secure: true, httpOnly: true"))).toEqual([]);
  });

  it("follows a spread of an imported block into cookie-session's options", () => {
    const files = (secure: string): Files => ({
      "app.js": `const cookieSession = require("cookie-session");
const config = require("./config");
app.use(cookieSession({ keys: config.keys, ...config.session }));
`,
      "config/index.js": `module.exports = {
  keys: [process.env.KEY],
  session: { name: "sess", httpOnly: true, secure: ${secure} },
};
`,
    });
    expect(cookieFindings(files("false"))).toEqual(["app.js:3"]);
    expect(cookieFindings(files("true"))).toEqual([]);
  });

  it("reads a member of an exported constant (NestJS-style cookie constants)", () => {
    const files = (flags: string): Files => ({
      "auth.controller.ts": `import { Response } from "express";
import { TOKEN_COOKIE } from "./cookie.constants";
export class AuthController {
  login(res: Response, token: string) {
    res.cookie(TOKEN_COOKIE.name, token, TOKEN_COOKIE.options);
  }
}
`,
      "cookie.constants.ts": `export const TOKEN_COOKIE = {
  name: "access_token",
  options: { ${flags}, path: "/" },
};
`,
    });
    expect(cookieFindings(files("httpOnly: false, secure: false"))).toEqual(["auth.controller.ts:5"]);
    expect(cookieFindings(files("httpOnly: true, secure: true"))).toEqual([]);
  });

  it('reports app.set("env", ...) and next({ dev }) when the settings module hard-codes development', () => {
    const debugFindings = (files: Files): string[] =>
      reviewFiles(files)
        .drafts.filter((d) => d.ruleId === "js/debug-mode")
        .map((d) => `${d.file}:${d.range.start.line}`);
    const express = (env: string): Files => ({
      "src/app.js": `const express = require("express");
const cfg = require("./cfg/app-settings");
const app = express();
app.set("env", cfg.mode);
module.exports = app;
`,
      "src/cfg/app-settings.js": `module.exports = { mode: ${env}, port: 8080 };
`,
    });
    expect(debugFindings(express('"development"'))).toEqual(["src/app.js:4"]);
    expect(debugFindings(express('process.env.NODE_ENV || "production"'))).toEqual([]);
    const nextServer = (dev: string): Files => ({
      "server.js": `const next = require("next");
const opts = require("./opts");
const app = next({ dev: opts.devMode, port: 3000 });
`,
      "opts.js": `module.exports = { devMode: ${dev}, session: "x" };
`,
    });
    expect(debugFindings(nextServer("true"))).toEqual(["server.js:3"]);
    expect(debugFindings(nextServer('process.env.NODE_ENV !== "production"'))).toEqual([]);
  });

  it("reports a debug route guarded by a feature switch the imported module hard-codes on", () => {
    const files = (flag: string): Files => ({
      "app.js": `const features = require("./features");
if (features.debugRoutes) {
  app.get("/__debug/state", (req, res) => res.json({ env: process.env }));
}
`,
      "features.js": `module.exports = { debugRoutes: ${flag} };
`,
    });
    const debugLines = (f: Files): string[] =>
      reviewFiles(f)
        .drafts.filter((d) => d.ruleId === "js/debug-mode")
        .map((d) => `${d.file}:${d.range.start.line}`);
    expect(debugLines(files("true"))).toEqual(["app.js:3"]);
    expect(debugLines(files('process.env.DEBUG_ROUTES === "1"'))).toEqual([]);
  });

  it("reports a debug exception filter behind a switch a settings module exports as a constant", () => {
    const files = (flag: string): Files => ({
      "src/main.ts": `import { NestFactory } from "@nestjs/core";
import { DEBUG } from "./settings";
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  if (DEBUG) app.useGlobalFilters(new DebugExceptionFilter());
}
`,
      "src/settings.ts": `export const DEBUG = ${flag};
export const SERVICE_NAME = "billing";
`,
    });
    const debugLines = (f: Files): string[] =>
      reviewFiles(f)
        .drafts.filter((d) => d.ruleId === "js/debug-mode")
        .map((d) => `${d.file}:${d.range.start.line}`);
    expect(debugLines(files("true"))).toEqual(["src/main.ts:5"]);
    expect(debugLines(files('process.env.NODE_ENV === "development"'))).toEqual([]);
  });
});
