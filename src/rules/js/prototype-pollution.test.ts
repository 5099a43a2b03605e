import { testRule } from "../rule-tester.js";
import rule from "./prototype-pollution.js";

testRule(rule, {
  valid: [
    {
      name: "JSON.parse with a reviver that drops the keys of a constant deny-list before a deep merge",
      code: `const _ = require("lodash");
const BLOCKED = new Set(["__proto__", "constructor", "prototype"]);
router.patch("/prefs", (ctx) => {
  const patch = JSON.parse(ctx.request.rawBody, (key, value) => (BLOCKED.has(key) ? undefined : value));
  ctx.body = _.merge({}, defaults, patch);
});`,
    },
    {
      name: "merge helper refusing dangerous keys",
      code: `function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === "__proto__" || key === "constructor") continue;
    if (typeof source[key] === "object") merge(target[key] ??= {}, source[key]);
    else target[key] = source[key];
  }
  return target;
}`,
    },
    {
      name: "nested write with constant keys",
      code: `app.post("/prefs", (req, res) => {
  settings["ui"]["theme"] = req.body.theme;
  res.end();
});`,
    },
    {
      name: "shallow Object.assign of a validated body",
      code: `app.put("/profile", (req, res) => {
  const patch = ProfileSchema.parse(req.body);
  Object.assign(req.user.profile, patch);
  res.json(req.user.profile);
});`,
    },
    {
      name: "keys from an allow-list",
      code: `const SECTIONS = ["display", "privacy"];
app.post("/config", (req, res) => {
  const { section, key, value } = req.body;
  if (!SECTIONS.includes(section)) return res.sendStatus(400);
  if (!FIELDS.has(key)) return res.sendStatus(400);
  config[section][key] = value;
  res.end();
});`,
    },
    {
      name: "path setter that refuses prototype keys",
      code: `function put(root, dotted, v) {
  const keys = dotted.split("/");
  if (keys.includes("__proto__") || keys.includes("constructor")) return root;
  let cur = root;
  for (const k of keys.slice(0, -1)) cur = cur[k] = cur[k] ?? {};
  cur[keys[keys.length - 1]] = v;
  return root;
}
app.patch("/profile", (req, res) => res.json(put(req.session.profile, req.body.field, req.body.value)));`,
    },
    {
      name: "path setter only used with constant paths",
      code: `function put(root, dotted, v) {
  const keys = dotted.split(".");
  let cur = root;
  for (const k of keys.slice(0, -1)) cur = cur[k] = cur[k] ?? {};
  cur[keys[keys.length - 1]] = v;
  return root;
}
app.patch("/profile", (req, res) => res.json(put(req.session.profile, "ui.theme", req.body.theme)));`,
    },
    {
      name: "exported class groups its caller's records by two keys",
      code: `export class Tally {
  private readonly counts: Record<string, Record<string, number>> = {};
  add(file: string, rule: string): void {
    this.counts[file] ??= {};
    const perFile = this.counts[file];
    perFile[rule] = (perFile[rule] ?? 0) + 1;
  }
}`,
      language: "typescript",
    },
    {
      name: "a deep merge imported from the project's own module is judged in that module",
      code: `import { extend } from "../lib/extend";
export default function handler(req, res) {
  res.json(extend(true, {}, DEFAULTS, req.body));
}`,
    },
    {
      name: "path setter whose key list is refused against a constant deny-list",
      code: `const DENY = new Set(["__proto__", "constructor", "prototype"]);
export function assignAt(target, dotted, v) {
  const segs = dotted.split("/");
  if (segs.some((s) => DENY.has(s))) throw new Error("bad path");
  let at = target;
  for (let i = 0; i < segs.length - 1; i++) {
    if (at[segs[i]] == null) at[segs[i]] = {};
    at = at[segs[i]];
  }
  at[segs[segs.length - 1]] = v;
  return target;
}`,
    },
    {
      name: "path setter whose only caller checks the path against an allow-list",
      code: `const EDITABLE = new Set(["ui.theme", "mail.digest"]);
function assignAt(target, segs, v) {
  let at = target;
  for (const s of segs.slice(0, -1)) at = at[s] = at[s] ?? {};
  at[segs[segs.length - 1]] = v;
}
export function edit(doc, dotted, v) {
  if (!EDITABLE.has(dotted)) throw new Error("not editable");
  assignAt(doc, dotted.split("."), v);
}`,
    },
    {
      name: "recursive merge whose key is checked against a constant deny-list",
      code: `const DENY = new Set(["__proto__", "constructor", "prototype"]);
function combine(into, from) {
  Object.keys(from).forEach((k) => {
    if (DENY.has(k)) return;
    if (from[k] && typeof from[k] === "object") combine((into[k] = into[k] || {}), from[k]);
    else into[k] = from[k];
  });
  return into;
}
module.exports = { combine };`,
    },
  ],
  invalid: [
    {
      name: "the raw body (koa-bodyparser's ctx.request.rawBody) parsed and deep-merged",
      code: `const _ = require("lodash");
router.patch("/prefs", (ctx) => {
  const patch = JSON.parse(ctx.request.rawBody, (key, value) => (key === "id" ? undefined : value));
  ctx.body = _.merge({}, defaults, patch);
});`,
      lines: [4],
    },
    {
      name: "two-level write with request keys",
      code: `const config = {};
app.post("/config", (req, res) => {
  const { section, key, value } = req.body;
  config[section] = config[section] || {};
  config[section][key] = value;
  res.json(config);
});`,
      lines: [5],
    },
    {
      name: "lodash merge of the body into a shared default",
      code: `const _ = require("lodash");
const defaults = { theme: "light" };
app.post("/settings", (req, res) => {
  const settings = _.merge(defaults, req.body);
  res.json(settings);
});`,
      lines: [4],
    },
    {
      name: "Object.assign of parsed JSON",
      code: `router.post("/import", (req, res) => {
  const raw = req.body.payload;
  Object.assign(appState, JSON.parse(raw));
  res.end();
});`,
      lines: [3],
    },
    {
      name: "unguarded recursive merge helper",
      code: `export function deepMerge(target: any, source: any) {
  for (const key in source) {
    if (typeof source[key] === "object" && source[key] !== null) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}`,
      lines: [7],
      // A shape with no source seen: at most medium (docs/trust-levels.md, "Unknown origin").
      severity: "medium",
      language: "typescript",
    },
    {
      name: "merge helper over several sources: reported at the plain copy, not at the recursive step",
      code: `export function assignDeep(target, ...sources) {
  for (const source of sources) {
    for (const prop in source) {
      const value = source[prop];
      if (value && typeof value === "object") {
        target[prop] = assignDeep(target[prop] || {}, value);
      } else {
        target[prop] = value;
      }
    }
  }
  return target;
}`,
      lines: [8],
      severity: "medium",
    },
    {
      name: "second-level write through an alias",
      code: `const settings: Record<string, Record<string, unknown>> = { ui: {}, mail: {} };
app.post("/settings/:section/:key", (req, res) => {
  const { section, key } = req.params;
  const group = settings[section] ?? (settings[section] = {});
  group[key] = req.body.value;
  res.json(group);
});`,
      lines: [5],
      language: "typescript",
    },
    {
      name: "path setter walking a request-chosen path",
      code: `function put(root, dotted, v) {
  const keys = dotted.split(".");
  let cur = root;
  for (const k of keys.slice(0, -1)) cur = cur[k] = cur[k] ?? {};
  cur[keys[keys.length - 1]] = v;
  return root;
}
app.patch("/profile", (req, res) => res.json(put(req.session.profile, req.body.field, req.body.value)));`,
      lines: [5],
    },
    {
      name: "two-level setter with a logical-assignment container",
      code: `import type { Request, Response } from "express";
function place(bag: Record<string, any>, key: string, v: unknown) {
  const [group, leaf] = key.split(":");
  const slot = (bag[group] ||= {});
  slot[leaf] = v;
}
export function apply(req: Request, res: Response) {
  const prefs = {};
  for (const [k, v] of Object.entries(req.body)) place(prefs, k, v);
  res.json(prefs);
}`,
      lines: [5],
      language: "typescript",
    },
    {
      name: "path setter behind a caller that refuses only __proto__ (constructor.prototype passes)",
      code: `function assignAt(target, segs, v) {
  let at = target;
  for (const s of segs.slice(0, -1)) {
    if (at[s] === undefined) at[s] = {};
    at = at[s];
  }
  at[segs[segs.length - 1]] = v;
}
export function edit(doc, dotted, v) {
  if (dotted.includes("__proto__")) throw new Error("bad path");
  assignAt(doc, dotted.split("."), v);
}`,
      lines: [7],
      severity: "medium",
    },
    {
      name: "path setter walking with reduce",
      code: `export function assignAt(target, dotted, v) {
  const segs = dotted.split(".");
  const last = segs.pop();
  const holder = segs.reduce((o, s) => (o[s] = o[s] || {}), target);
  holder[last] = v;
  return target;
}`,
      lines: [5],
      severity: "medium",
    },
    {
      name: "recursive merge written with Object.entries().forEach",
      code: `export function overlay(base, extra) {
  const copy = (from, into) => {
    Object.entries(from).forEach(([k, v]) => {
      if (v && typeof v === "object") {
        into[k] = into[k] || {};
        copy(v, into[k]);
      } else {
        into[k] = v;
      }
    });
  };
  copy(extra, base);
  return base;
}`,
      lines: [8],
      severity: "medium",
    },
    {
      name: "recursive merge refusing __proto__ only, recursing into functions (constructor.prototype passes)",
      code: `const mergeable = (v) => v !== null && (typeof v === "object" || typeof v === "function");
export function combine(into, from) {
  for (const k in from) {
    if (k === "__proto__") continue;
    if (mergeable(from[k])) {
      if (!mergeable(into[k])) into[k] = {};
      combine(into[k], from[k]);
    } else {
      into[k] = from[k];
    }
  }
  return into;
}`,
      lines: [9],
      severity: "medium",
    },
  ],
});
