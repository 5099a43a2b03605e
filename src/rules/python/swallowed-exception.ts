import { defineRule } from "../define-rule.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";

/**
 * A bare or catch-all `except` whose body only passes or continues (comments
 * aside). The comments are one `#` line after another, each line read once: a
 * repeated `#[^\n]*\s*` could split a line of `# # # …` at any of its `#`s, and
 * 20 of them took 45 s (test/regex-linearity.test.ts).
 */
const SWALLOW_RE =
  /^except\s*(?:(?:\(\s*)?(?:Exception|BaseException)\s*(?:\)\s*)?(?:as\s+\w+\s*)?)?:\s*(?:#[^\n]*(?:\n\s*#[^\n]*)*(?:\n\s*)?)?(?:pass|\.\.\.|continue)\s*$/;
const QUERY = nodeQuery(
  ["except_clause"],
  SWALLOW_RE.source,
  // The file-level gate stops at the colon: every clause SWALLOW_RE matches passes it, and the comment
  // lines after an unanchored `except` would be read again from every `except:#` on a line.
  /except\s*(?:(?:\(\s*)?(?:Base)?Exception\s*(?:\)\s*)?(?:as\s+\w+\s*)?)?:/,
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
