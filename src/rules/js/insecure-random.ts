import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { jsRandomToken } from "../fix/random.js";
import { isFunctionKind } from "./dataflow/ast.js";
import { purposeNames } from "./dataflow/context.js";
import { findCalls, findCallsByWalk, isDead } from "./dataflow/flow.js";
import { namePattern } from "../shared/name-pattern.js";

const meta = {
  id: "js/insecure-random",
  languages: JS_FAMILY,
  category: "security",
  severity: "medium",
  confidence: 0.8,
  cwe: ["CWE-330", "CWE-338"],
  owasp: "A02:2021-Cryptographic Failures",
  title: "Math.random() used for a secret or identifier",
  description:
    "Math.random(), a seedrandom generator, nanoid/non-secure or a time-based uuid v1 produces a token, password, session or reset id, OAuth state, share link, one-time code, file name, nonce, salt or other value that must be unguessable (directly or through a helper such as randomString()).",
  why: "Math.random is not a cryptographic generator: its internal state can be recovered from a few outputs, so an attacker can predict the next tokens and take over accounts or sessions.",
  howToFix:
    "Use crypto.randomBytes(32).toString('base64url'), crypto.randomUUID() or crypto.getRandomValues() in the browser.",
  references: [
    "https://cwe.mitre.org/data/definitions/338.html",
    "https://nodejs.org/api/crypto.html#cryptorandombytessize-callback",
  ],
  fixable: true,
  family: "insecure-random",
} as const;

const SECRET_WORD =
  /token|secret|passw|pwd|nonce|salt|otp|csrf|xsrf|session|api.?key|uuid|guid|verif|reset|invite|auth|pkce|^(?:this\.)?(?:oauth)?state$|slug|share|passcode|one.?time|(?:^|[^a-z])(?:next|new|sms|login|mfa|2fa)code$|file.?name/i;
/** A name for a secret: a secret word, or a made id (generatedIdName). */
const SECRET_PURPOSE = { test: (name: string): boolean => SECRET_WORD.test(name) || generatedIdName(name) };

/**
 * `generateId`, `new_request_id`: generate, make, create, random or new where
 * a word starts, then word characters to the end, ending in "id" (the pattern
 * `(^|[^a-z])(generate|…|new)\w*id$`, case-insensitive). Only the last run of
 * word characters can hold it, and its first such word ends first, so the name
 * is read once; the pattern re-read the rest from every `_new`
 * (test/regex-linearity.test.ts).
 */
export function generatedIdName(name: string): boolean {
  let tail = name.length;
  while (tail > 0 && /\w/.test(name[tail - 1]!)) tail--;
  const word = /(?<![a-z])(?:generate|make|create|random|new)/i.exec(name.slice(tail));
  return word !== null && tail + word.index + word[0].length <= name.length - 2 && /id$/i.test(name);
}
const HARMLESS_WORD =
  /color|colour|delay|jitter|backoff|timeout|anim|shuffle|sample|position|offset|width|height/i;
/** Coordinates: `x`, `posY`, `start_x`; not any name that ends in a y (`apiKey`). */
const COORDINATE = /^[xyXY]$|[a-z\d][XY]$|_[xy]$/;
const harmless = (name: string): boolean => HARMLESS_WORD.test(name) || COORDINATE.test(name);

/** The uuid package's time-based generator, by how it is imported: `{ v1 as uuidv1 }`, `{ v1 }`, `uuid.v1`. */
const UUID_NAMED =
  /(?:import\s*\{([^{}]*)\}\s*from|(?:const|let|var)\s*\{([^{}]*)\}\s*=\s*require\()\s*["']uuid["']/g;
const UUID_NAMESPACE =
  /(?:import\s*\*\s*as\s+(\w+)\s+from|(?:const|let|var)\s+(\w+)\s*=\s*require\()\s*["']uuid["']/g;
const WHY_V1 =
  "A version 1 UUID is the current time and the host's MAC address (or a fixed random node id): anyone who sees one can guess the values made around it.";

const WHY_SEEDED =
  "The generator is not cryptographic (nanoid/non-secure uses Math.random; a seedrandom generator seeded with the time or a constant repeats its sequence), so its outputs can be predicted.";

/**
 * Names bound to a non-cryptographic generator: `const rng = seedrandom(seed)`
 * (or a class field `rng = seedrandom(...)`), and what `nanoid/non-secure`
 * exports or its `customAlphabet(...)` returns.
 */
function predictableGenerators(text: string): string[] {
  const names: string[] = [];
  if (text.includes("seedrandom")) {
    for (const m of text.matchAll(/(?<![\w$])([\w$]+)\s*(?::\s*[\w<>.]+\s*)?=\s*(?:new\s+)?seedrandom\s*\(/g))
      names.push(m[1]!);
  }
  if (text.includes("nanoid/non-secure")) {
    const imported = /import\s*\{([^{}]*)\}\s*from\s*["']nanoid\/non-secure["']/.exec(text)?.[1] ?? "";
    for (const part of imported.split(",")) {
      const binding = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
      if (!binding) continue;
      const local = binding[2] ?? binding[1]!;
      if (binding[1] === "customAlphabet") {
        for (const m of text.matchAll(
          new RegExp(String.raw`(?<![\w$])([\w$]+)\s*=\s*${namePattern(local)}\s*\(`, "g"),
        ))
          names.push(m[1]!);
      } else names.push(local);
    }
  }
  return names;
}

/**
 * A generic helper (`randomString(n)`, `pick(charset)`) says nothing of its
 * purpose; the calls to it in the file do (`const state = randomString(32)`,
 * `generatePassword()` calling `pick`).
 */
function callerPurposes(root: SgNode, call: SgNode): string[] {
  const name = namedFunctionAround(call);
  if (name === undefined || !/^[\w$]+$/.test(name)) return [];
  const callers = root
    .findAll({
      rule: {
        kind: "call_expression",
        has: { field: "function", regex: `(^|\\.)${name.replace(/\$/g, "\\$")}$` },
      },
    })
    .slice(0, 10);
  return callers.flatMap((c) => {
    const around = namedFunctionAround(c);
    return around === undefined ? purposeNames(c) : [...purposeNames(c), around];
  });
}

/** The name of the nearest named function around a node (`() => pick(x)` inside generatePassword → generatePassword). */
function namedFunctionAround(node: SgNode): string | undefined {
  for (const fn of node
    .ancestors()
    .filter((a) => isFunctionKind(String(a.kind())))
    .slice(0, 4)) {
    const name = fn.field("name")?.text() ?? fn.parent()?.field("name")?.text();
    if (name !== undefined) return name;
  }
  return undefined;
}

/** Callee texts that call uuid's v1 in this file. */
function uuidV1Callees(text: string): string[] {
  const callees: string[] = [];
  for (const m of text.matchAll(UUID_NAMED)) {
    for (const part of (m[1] ?? m[2] ?? "").split(",")) {
      const binding = /^\s*v1(?:\s*(?:as|:)\s*(\w+))?\s*$/.exec(part);
      if (binding) callees.push(binding[1] ?? "v1");
    }
  }
  for (const m of text.matchAll(UUID_NAMESPACE)) callees.push(`${m[1] ?? m[2] ?? ""}.v1`);
  return callees;
}

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (!root) return;
    const report = (call: SgNode, what: string, why: string): void => {
      if (isDead(call)) return;
      const own = purposeNames(call);
      // The value's own name says what it is for: a `jitterMs` in startReset() is a delay, not the reset code.
      if (own[0] !== undefined && harmless(own[0])) return;
      // A value with no name of its own, made in a callback (`Array.from({ length: 32 }, () => ...)`),
      // is part of what the named function around it returns.
      const around = own.length === 0 ? namedFunctionAround(call) : undefined;
      const purpose = [...own, ...(around === undefined ? [] : [around]), ...callerPurposes(root, call)].find(
        (n) => SECRET_PURPOSE.test(n) && !harmless(n),
      );
      if (purpose === undefined) return;
      ctx.report({ node: call, message: `${what} produces ${purpose}. ${why}`, extraCwe: ["CWE-338"] });
    };
    if (text.includes("Math.random")) {
      for (const call of findCalls(ctx, /^Math\.random$/)) report(call, "Math.random()", meta.why);
    }
    const generators = predictableGenerators(text);
    if (generators.length > 0) {
      const pattern = `^(?:this\\.)?(?:${generators.map((g) => g.replace(/\$/g, "\\$")).join("|")})$`;
      for (const call of findCallsByWalk(ctx, pattern)) {
        report(call, `${call.field("function")?.text() ?? "the generator"}()`, WHY_SEEDED);
      }
    }
    if (!/["']uuid["']/.test(text)) return;
    const callees = uuidV1Callees(text);
    if (callees.length === 0) return;
    const pattern = `^(?:${callees.map((c) => c.replace(/\./g, "\\.")).join("|")})$`;
    for (const call of findCallsByWalk(ctx, pattern))
      report(call, `${call.field("function")?.text() ?? "v1"}() (uuid v1)`, WHY_V1);
  },
  jsRandomToken,
);
