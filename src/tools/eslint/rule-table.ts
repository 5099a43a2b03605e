import type { Category } from "../../core/category.js";
import type { RuleMeta } from "../../core/rule-meta.js";
import type { Severity } from "../../core/severity.js";
import { whyForFamily } from "../shared/cwe-families.js";
import { toolRuleMeta, type ToolRuleInfo } from "../shared/tool-rule.js";

/**
 * ESLint core rules CodeGuardian runs (with its own configuration) and what
 * they mean to us. This table is also the rule set: every rule here is
 * switched on, nothing else is. Only rules that need no type information and
 * no globals configuration are listed, so they work on any repository.
 */
type Row = readonly [
  category: Category,
  severity: Severity,
  cwe: readonly string[],
  family: string | undefined,
  title: string,
  why: string,
  howToFix: string,
];

const EVAL_FIX =
  "Do not turn strings into code; call functions directly or look them up in a map of allowed values.";

// prettier-ignore
const ROWS: Readonly<Record<string, Row>> = {
  "no-eval": ["security", "high", ["CWE-95"], "code-injection", "Use of eval", "", EVAL_FIX],
  "no-implied-eval": ["security", "high", ["CWE-95"], "code-injection", "String passed to setTimeout/setInterval", "", "Pass a function, not a string, to setTimeout and setInterval."],
  "no-new-func": ["security", "high", ["CWE-95"], "code-injection", "Function constructor", "", EVAL_FIX],
  "no-script-url": ["security", "medium", ["CWE-79"], "xss", "javascript: URL", "", "Attach an event handler instead of using a javascript: URL."],
  "no-proto": ["security", "low", ["CWE-1321"], "prototype-pollution", "Use of __proto__", "", "Use Object.getPrototypeOf / Object.setPrototypeOf."],
  "no-debugger": ["security", "low", ["CWE-489"], "debug-code", "debugger statement", "Left-over debugging code pauses execution wherever developer tools are open.", "Remove the debugger statement."],
  "no-unsafe-finally": ["logic", "medium", ["CWE-584"], "return-in-finally", "Control flow in finally", "A return or throw in finally discards the result or error of the try block.", "Move the control-flow statement out of the finally block."],
  "no-unsafe-negation": ["logic", "high", ["CWE-480"], undefined, "Negated left operand of in/instanceof", "!a in b negates a, not the test, so the condition is almost never what was meant.", "Write !(a in b)."],
  "no-unsafe-optional-chaining": ["logic", "high", [], undefined, "Optional chain used where undefined throws", "The expression throws TypeError whenever the chain short-circuits.", "Provide a default (?? []) or check before use."],
  "no-cond-assign": ["logic", "medium", ["CWE-481"], undefined, "Assignment in a condition", "An assignment where a comparison was meant makes the branch depend on the assigned value.", "Use === for comparison, or move the assignment out of the condition."],
  "no-self-compare": ["logic", "medium", ["CWE-570"], undefined, "Comparison of a value with itself", "Comparing a value with itself is always true (or false), usually a typo.", "Compare with the intended value; use Number.isNaN for NaN checks."],
  "no-self-assign": ["logic", "low", [], undefined, "Assignment of a value to itself", "Assigning a variable to itself does nothing and usually hides a typo.", "Assign the intended value."],
  "no-constant-condition": ["logic", "low", ["CWE-570"], undefined, "Constant condition", "A condition that never changes makes one branch dead code.", "Fix the condition or remove the dead branch."],
  "no-constant-binary-expression": ["logic", "medium", ["CWE-570"], undefined, "Expression with a constant result", "The comparison or logical expression always gives the same result, usually through precedence mistakes.", "Fix the operator or add the intended parentheses."],
  "no-dupe-keys": ["logic", "medium", [], undefined, "Duplicate key in object literal", "The later key silently overwrites the earlier one.", "Remove or rename the duplicate key."],
  "no-duplicate-case": ["logic", "medium", ["CWE-561"], undefined, "Duplicate case label", "The second case can never run.", "Remove or fix the duplicate case."],
  "no-dupe-else-if": ["logic", "medium", ["CWE-561"], undefined, "Duplicate else-if condition", "The repeated branch can never run.", "Fix or remove the repeated condition."],
  "no-unreachable": ["logic", "low", ["CWE-561"], undefined, "Unreachable code", "Code after return, throw, break or continue never runs.", "Remove it, or move it before the jump."],
  "use-isnan": ["logic", "high", ["CWE-570"], undefined, "Comparison with NaN", "Nothing is equal to NaN, so the comparison is always false.", "Use Number.isNaN(value)."],
  "valid-typeof": ["logic", "high", ["CWE-570"], undefined, "Invalid typeof comparison", "typeof never returns that string, so the comparison is always false.", "Compare with a valid typeof result."],
  "no-fallthrough": ["logic", "medium", ["CWE-484"], undefined, "Case falls through", "A missing break runs the next case's code too.", "Add break (or a // falls through comment when intended)."],
  "no-async-promise-executor": ["logic", "medium", [], undefined, "Async Promise executor", "Errors thrown in an async executor are lost instead of rejecting the promise.", "Make the executor synchronous, or use an async function directly."],
  "no-compare-neg-zero": ["logic", "medium", ["CWE-570"], undefined, "Comparison with -0", "x === -0 is also true for +0.", "Use Object.is(x, -0)."],
  "no-loss-of-precision": ["logic", "medium", ["CWE-681"], undefined, "Number literal loses precision", "The literal cannot be represented exactly, so the program uses a different number.", "Use a BigInt or a string for the exact value."],
  "no-sparse-arrays": ["logic", "low", [], undefined, "Sparse array literal", "An extra comma creates a hole that is easy to misread.", "Remove the extra comma."],
  "no-template-curly-in-string": ["logic", "low", [], undefined, "Template placeholder in a plain string", "${...} in a normal string is not interpolated; a template literal was probably meant.", "Use backticks."],
  "no-func-assign": ["logic", "medium", [], undefined, "Reassigned function declaration", "Overwriting a function declaration is almost always a mistake.", "Use a different name for the variable."],
  "no-import-assign": ["logic", "high", [], undefined, "Assignment to an import", "Imports are read-only; the assignment throws.", "Assign to a local copy instead."],
  "no-setter-return": ["logic", "low", [], undefined, "Return value in a setter", "A setter's return value is ignored.", "Remove the return value."],
  "getter-return": ["logic", "medium", [], undefined, "Getter without return", "The property reads as undefined on some path.", "Return a value on every path."],
  "for-direction": ["logic", "high", ["CWE-835"], undefined, "Loop counter moves the wrong way", "The loop never ends or never runs.", "Fix the update expression or the condition."],
  "no-invalid-regexp": ["logic", "high", [], undefined, "Invalid regular expression", "The RegExp constructor throws at run time.", "Fix the pattern."],
  "no-empty-character-class": ["logic", "medium", [], undefined, "Empty character class in a regular expression", "[] matches nothing, so the expression never matches.", "Fix the character class."],
  "no-misleading-character-class": ["logic", "medium", [], undefined, "Misleading character class", "Multi-code-point characters in a class match their parts separately.", "Use the u flag or an alternation."],
  "no-useless-catch": ["pattern", "low", [], undefined, "catch that only rethrows", "The try/catch adds nothing.", "Remove the try/catch."],
  "no-new-wrappers": ["pattern", "low", [], undefined, "Primitive wrapper object", "new String/Number/Boolean creates objects that behave unlike primitives (new Boolean(false) is truthy).", "Call String()/Number()/Boolean() without new."],
  "no-throw-literal": ["pattern", "low", [], undefined, "Throwing a non-Error", "A thrown literal has no stack trace.", "Throw an Error (or a subclass)."],
  "prefer-promise-reject-errors": ["pattern", "low", [], undefined, "Promise rejected with a non-Error", "A rejection that is not an Error has no stack trace.", "Reject with an Error."],
  "no-return-assign": ["logic", "low", ["CWE-481"], undefined, "Assignment in a return statement", "return a = b is usually a mistyped comparison.", "Separate the assignment from the return."],
  "no-caller": ["pattern", "low", [], undefined, "arguments.caller/callee", "These are forbidden in strict mode and block optimisation.", "Name the function and call it directly."],
};

export const ESLINT_TABLE_IDS: readonly string[] = Object.keys(ROWS);

/** The rules our own configuration switches on. */
export function eslintRuleSet(): Record<string, "error"> {
  return Object.fromEntries(Object.keys(ROWS).map((rule) => [rule, "error" as const]));
}

export function eslintRuleInfo(ruleId: string): ToolRuleInfo | undefined {
  const row = ROWS[ruleId];
  if (row === undefined) return undefined;
  const [category, severity, cwe, family, title, why, howToFix] = row;
  return {
    title,
    category,
    severity,
    cwe,
    ...(family === undefined ? {} : { family }),
    why: why || (whyForFamily(family) ?? ""),
    howToFix,
  };
}

/** Metadata of every rule in our ESLint configuration: the rules an ESLint run can report. */
export function eslintTableRules(): RuleMeta[] {
  return ESLINT_TABLE_IDS.flatMap((ruleId) => {
    const info = eslintRuleInfo(ruleId);
    if (info === undefined) return [];
    return [
      toolRuleMeta({
        analyser: "eslint",
        id: `eslint/${ruleId}`,
        languages: ["javascript", "typescript", "tsx"],
        info,
        description: `ESLint rule ${ruleId}.`,
        confidence: 0.8,
        references: [`https://eslint.org/docs/latest/rules/${ruleId}`],
      }),
    ];
  });
}
