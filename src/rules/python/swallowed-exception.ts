import { defineRule } from "../define-rule.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";

/** A bare or catch-all `except` whose body only passes or continues (comments aside). */
const SWALLOW_RE =
  /^except\s*(?:\(?\s*(?:Exception|BaseException)\s*\)?\s*(?:as\s+\w+\s*)?)?:\s*(?:#[^\n]*\s*)*(?:pass|\.\.\.|continue)\s*$/;
const QUERY = nodeQuery(
  ["except_clause"],
  SWALLOW_RE.source,
  /except\s*(?:\(?\s*(?:Base)?Exception\s*\)?\s*(?:as\s+\w+\s*)?)?:\s*(?:#[^\n]*\s*)*(?:pass|\.\.\.|continue)\b/,
);

export default defineRule(
  {
    id: "py/swallowed-exception",
    languages: ["python"],
    category: "logic",
    severity: "medium",
    confidence: 0.8,
    cwe: ["CWE-390", "CWE-703"],
    title: "Every exception silently ignored",
    description:
      "A bare `except:` or `except Exception:` / `except BaseException:` whose body only passes or continues.",
    why: "It hides every error, including bugs (NameError, TypeError), KeyboardInterrupt and SystemExit with a bare except, so failures turn into wrong results with no trace of why.",
    howToFix:
      "Catch only the exceptions you expect (except FileNotFoundError:), and log or handle them; if ignoring one is really intended, use contextlib.suppress(SpecificError) so the intent is visible.",
    references: [
      "https://cwe.mitre.org/data/definitions/390.html",
      "https://docs.python.org/3/tutorial/errors.html#handling-exceptions",
    ],
    fixable: false,
    family: "swallowed-exception",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      if (node.kind() !== "except_clause" || !SWALLOW_RE.test(node.text())) continue;
      const bare = /^except\s*:/.test(node.text());
      ctx.report({
        node,
        severity: bare ? "medium" : "low",
        message: bare
          ? "A bare except: that only passes swallows every exception, even KeyboardInterrupt and SystemExit, and hides bugs."
          : "except Exception: that only passes hides every error, including programming mistakes.",
      });
    }
  },
);
