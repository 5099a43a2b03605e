import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { callSpec, findCalls, reportTaintedArg } from "./dataflow/sinks.js";

const WHY =
  "A redirect to a URL that outside input chooses lets anyone craft a link on your trusted domain that sends users to a phishing page, or leaks tokens in the redirect.";

const CALLS = callSpec({
  needsSource: true,
  hint: /redirect|Redirect|HTTPFound|HTTPSeeOther|HTTPMovedPermanently/,
  functions: [
    "flask.redirect",
    "werkzeug.utils.redirect",
    "redirect",
    "django.shortcuts.redirect",
    "django.http.HttpResponseRedirect",
    "django.http.HttpResponsePermanentRedirect",
    "HttpResponseRedirect",
    "HttpResponsePermanentRedirect",
    "fastapi.responses.RedirectResponse",
    "starlette.responses.RedirectResponse",
    "RedirectResponse",
    // aiohttp redirects are exceptions raised (or returned) with the target as `location`.
    "aiohttp.web.HTTPFound",
    "aiohttp.web.HTTPSeeOther",
    "aiohttp.web.HTTPMovedPermanently",
    "aiohttp.web.HTTPTemporaryRedirect",
    "aiohttp.web.HTTPPermanentRedirect",
    "aiohttp.web_exceptions.HTTPFound",
    "aiohttp.web_exceptions.HTTPSeeOther",
  ],
});

const TARGET_KEYWORDS = ["location", "url", "to", "redirect_to"];

export default defineRule(
  {
    id: "py/open-redirect",
    languages: ["python"],
    category: "security",
    severity: "medium",
    confidence: 0.8,
    cwe: ["CWE-601"],
    owasp: "A01:2021-Broken Access Control",
    title: "Redirect to a URL from untrusted input",
    description:
      "redirect(), HttpResponseRedirect, RedirectResponse or aiohttp's HTTPFound/HTTPSeeOther sends the user to a URL that comes from the request.",
    why: WHY,
    howToFix:
      "Redirect to a route name (url_for, reverse), or accept only relative paths on your own site: check the target with Django's url_has_allowed_host_and_scheme, or parse it and compare the host with an allow-list.",
    references: [
      "https://cwe.mitre.org/data/definitions/601.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html",
    ],
    fixable: false,
    family: "open-redirect",
    // Operator-only flows (docs/trust-levels.md): a redirect target set by the operator is the site's own configuration.
    operatorFlows: "ignore",
  },
  (ctx) => {
    for (const call of findCalls(ctx, CALLS)) {
      // The target's keyword: Flask `location`, Starlette `url`, Django `to` / `redirect_to`.
      const name = TARGET_KEYWORDS.find((k) => call.kwargs.has(k)) ?? "location";
      const target = call.args[0] ?? call.kwargs.get(name);
      if (target !== undefined && fixedDestination(target)) continue;
      reportTaintedArg(
        ctx,
        call,
        { index: 0, name },
        "redirect",
        { what: `${call.callee}() sends the user to a URL from`, why: WHY },
        { built: 0.35, direct: 0.3 },
      );
    }
  },
);

/** A path on this site (`/login?…`) or a whole origin (`https://host/…`) at the start of a built target. */
const FIXED_START = /^(?:\/(?![/\\])|[a-z][a-z0-9+.-]*:\/\/[^/{}]+\/)/i;

/**
 * `"/login?" + urlencode(...)`, `f"/s/{token}"`: the text that begins the
 * target is a constant that already fixes where it leads, whatever follows.
 */
function fixedDestination(target: SgNode): boolean {
  let first: SgNode | undefined = target;
  while (first?.kind() === "binary_operator") first = first.field("left") ?? undefined;
  if (first?.kind() === "concatenated_string") first = first.children().find((c) => c.isNamed());
  // `f"{AUTHORIZE_URL}?state={s}"`, `LOGIN_URL + "?next=" + n`: a module constant that holds the origin.
  const lead = first?.kind() === "string" ? first.children()[1] : first;
  const named = lead?.kind() === "interpolation" ? lead.field("expression") : lead;
  if (named?.kind() === "identifier" && CONSTANT.test(named.text())) {
    const value = moduleConstant(named);
    return value !== undefined && fixedDestination(value);
  }
  if (first?.kind() !== "string") return false;
  const literal = first
    .children()
    .slice(1)
    .filter((c) => c.kind() !== "string_end")
    .reduce<{ text: string; done: boolean }>(
      (acc, c) =>
        acc.done || c.kind() === "interpolation"
          ? { ...acc, done: true }
          : { text: acc.text + c.text(), done: false },
      { text: "", done: false },
    ).text;
  return FIXED_START.test(literal);
}

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

/** The string literal a module-level `NAME = "..."` binds, when it is bound once. */
function moduleConstant(name: SgNode): SgNode | undefined {
  const module = name.ancestors().at(-1);
  const values: SgNode[] = [];
  for (const statement of module?.children() ?? []) {
    const assignment = statement.kind() === "expression_statement" ? statement.child(0) : undefined;
    if (assignment?.kind() !== "assignment" || assignment.field("left")?.text() !== name.text()) continue;
    const right = assignment.field("right");
    if (right) values.push(right);
  }
  const [only] = values;
  return values.length === 1 && only?.kind() === "string" ? only : undefined;
}
