import type { Category } from "../../core/category.js";
import type { RuleMeta } from "../../core/rule-meta.js";
import type { Severity } from "../../core/severity.js";
import { whyForFamily } from "../shared/cwe-families.js";
import { humanise, toolRuleMeta, type ToolRuleInfo } from "../shared/tool-rule.js";

/**
 * Pylint message id → our category, severity, CWE and family. Only messages
 * of the "error" and "warning" classes run (see PYLINT_ARGS); conventions and
 * refactoring hints are a formatter's and a style guide's job.
 */
type Row = readonly [
  symbol: string,
  category: Category,
  severity: Severity,
  cwe: readonly string[],
  family: string | undefined,
  why: string,
  howToFix: string,
];

// prettier-ignore
const ROWS: Readonly<Record<string, Row>> = {
  W0123: ["eval-used", "security", "high", ["CWE-95"], "code-injection", "", "Use ast.literal_eval for literals, or dispatch on known values; never eval outside input."],
  W0122: ["exec-used", "security", "high", ["CWE-95"], "code-injection", "", "Do not execute strings as code; dispatch on known values instead."],
  W3101: ["missing-timeout", "security", "medium", ["CWE-400"], "missing-timeout", "A request without a timeout can hang a worker forever on a slow or hostile server.", "Pass timeout= to the call."],
  W1510: ["subprocess-run-check", "logic", "low", ["CWE-252"], "unchecked-return", "A failing command goes unnoticed when its exit status is not checked.", "Pass check=True to subprocess.run, or inspect returncode."],
  W0102: ["dangerous-default-value", "logic", "medium", [], "mutable-default-argument", "A mutable default is created once and shared by every call, so state leaks between calls.", "Default to None and create the list or dict inside the function."],
  W0150: ["lost-exception", "logic", "medium", ["CWE-584"], "return-in-finally", "A return or break in finally silently discards the exception being raised.", "Move the return out of the finally block."],
  W0702: ["bare-except", "pattern", "low", ["CWE-396"], "broad-except", "A bare except also catches KeyboardInterrupt and SystemExit and hides real errors.", "Catch the specific exceptions you expect."],
  W0703: ["broad-except", "pattern", "low", ["CWE-396"], "broad-except", "Catching Exception hides unexpected errors.", "Catch the specific exceptions you expect, or log and re-raise."],
  W0718: ["broad-exception-caught", "pattern", "low", ["CWE-396"], "broad-except", "Catching Exception hides unexpected errors.", "Catch the specific exceptions you expect, or log and re-raise."],
  W0706: ["try-except-raise", "pattern", "low", [], undefined, "An except clause that only re-raises does nothing.", "Remove the try/except, or handle the error."],
  W0707: ["raise-missing-from", "pattern", "low", [], undefined, "Re-raising without 'from' loses the original cause from the traceback.", "Write raise NewError(...) from err."],
  W0631: ["undefined-loop-variable", "logic", "medium", [], undefined, "The loop variable is undefined when the loop did not run.", "Initialise the variable before the loop or restructure the code."],
  W0640: ["cell-var-from-loop", "logic", "medium", [], "late-binding-closure", "A closure in a loop sees the variable's last value, not the one of its iteration.", "Bind the value as a default argument or with functools.partial."],
  W0104: ["pointless-statement", "logic", "low", [], undefined, "A statement with no effect is usually a mistake (a missing call or assignment).", "Remove it or use its value."],
  W0106: ["expression-not-assigned", "logic", "low", [], undefined, "An expression whose value is thrown away is usually a mistake.", "Assign or use the value, or remove the expression."],
  W0125: ["using-constant-test", "logic", "medium", ["CWE-570"], undefined, "A condition that is always true or always false makes a branch dead.", "Fix the condition."],
  W0143: ["comparison-with-callable", "logic", "medium", ["CWE-570"], undefined, "Comparing with a function instead of its result is almost always a missing call.", "Call the function."],
  W0199: ["assert-on-tuple", "logic", "high", ["CWE-570"], undefined, "Asserting a non-empty tuple always passes.", "Remove the parentheses: assert condition, message."],
  W0120: ["useless-else-on-loop", "logic", "low", [], undefined, "An else after a loop without break always runs, which is rarely what is meant.", "Move the code out of the else, or add the missing break."],
  W0201: ["attribute-defined-outside-init", "pattern", "low", [], undefined, "Attributes created outside __init__ may not exist when other methods run.", "Initialise the attribute in __init__."],
  W0212: ["protected-access", "pattern", "low", [], undefined, "Reaching into another object's private members couples the code to internals.", "Use the object's public interface."],
  W0221: ["arguments-differ", "logic", "medium", [], undefined, "An override with different parameters breaks callers of the base class.", "Keep the base method's signature."],
  W0231: ["super-init-not-called", "logic", "medium", [], undefined, "The base class is left half-initialised.", "Call super().__init__()."],
  W0601: ["global-variable-undefined", "logic", "medium", [], undefined, "A global declared but never defined at module level is usually a typo.", "Define it at module level."],
  W0603: ["global-statement", "pattern", "low", [], undefined, "Mutable global state makes code hard to test and unsafe under threads.", "Pass the value explicitly or keep it on an object."],
  W0611: ["unused-import", "style", "info", [], undefined, "Unused imports slow start-up and mislead readers.", "Remove the import."],
  W0612: ["unused-variable", "style", "info", [], undefined, "An unused variable is often a sign of a mistake.", "Remove it, or name it _ when it must exist."],
  W0621: ["redefined-outer-name", "pattern", "low", [], undefined, "Shadowing a name from an outer scope makes the code easy to misread.", "Rename the inner name."],
  W0622: ["redefined-builtin", "pattern", "low", [], undefined, "Shadowing a built-in makes the built-in unreachable in that scope.", "Rename the variable."],
  W1201: ["logging-not-lazy", "performance", "info", [], "logging-format", "The message is formatted even when the log level is off.", "Pass arguments to the logger: log.info('x=%s', x)."],
  W1203: ["logging-fstring-interpolation", "performance", "info", [], "logging-format", "The message is formatted even when the log level is off.", "Pass arguments to the logger: log.info('x=%s', x)."],
  W1401: ["anomalous-backslash-in-string", "logic", "low", [], undefined, "An unknown backslash escape is kept literally today and is an error in future Python versions.", "Use a raw string or double the backslash."],
  W1514: ["unspecified-encoding", "logic", "low", [], "unspecified-encoding", "Without an encoding, open() uses the machine's locale, so results differ between machines.", "Pass encoding='utf-8'."],
  W4901: ["deprecated-module", "pattern", "low", ["CWE-477"], undefined, "The module is deprecated and will be removed.", "Use its documented replacement."],
  W4902: ["deprecated-method", "pattern", "low", ["CWE-477"], undefined, "The method is deprecated and will be removed.", "Use its documented replacement."],
  E0602: ["undefined-variable", "logic", "high", [], undefined, "Using an undefined name raises NameError when the line runs.", "Define or import the name."],
  E0601: ["used-before-assignment", "logic", "high", [], undefined, "The variable is read before any assignment on some path, which raises at run time.", "Assign it on every path first."],
  E0102: ["function-redefined", "logic", "medium", [], undefined, "A second definition silently replaces the first.", "Rename or remove one of them."],
  E1101: ["no-member", "logic", "medium", [], undefined, "Accessing a member the object does not have raises AttributeError.", "Fix the attribute name, or tell pylint about dynamic members."],
  E1120: ["no-value-for-parameter", "logic", "high", [], undefined, "The call is missing a required argument and will raise TypeError.", "Pass the missing argument."],
  E1121: ["too-many-function-args", "logic", "high", [], undefined, "The call passes more arguments than the function accepts and will raise TypeError.", "Remove the extra arguments."],
  E1123: ["unexpected-keyword-arg", "logic", "high", [], undefined, "The call passes a keyword the function does not accept and will raise TypeError.", "Fix the keyword's name."],
  E1111: ["assignment-from-no-return", "logic", "medium", [], undefined, "The function returns nothing, so the assigned value is always None.", "Return a value from the function or do not assign its result."],
  E1136: ["unsubscriptable-object", "logic", "high", [], undefined, "Subscripting this value raises TypeError.", "Check the value's type."],
  E0704: ["misplaced-bare-raise", "logic", "medium", [], undefined, "A bare raise outside an except block raises RuntimeError.", "Raise a specific exception."],
  E1205: ["logging-too-many-args", "logic", "medium", [], undefined, "The log call's arguments do not match its format string, so the message is lost.", "Make the arguments match the placeholders."],
  E1206: ["logging-too-few-args", "logic", "medium", [], undefined, "The log call's arguments do not match its format string, so the message is lost.", "Make the arguments match the placeholders."],
  E0110: ["abstract-class-instantiated", "logic", "high", [], undefined, "Instantiating an abstract class raises TypeError.", "Instantiate a concrete subclass."],
  E0213: ["no-self-argument", "logic", "high", [], undefined, "A method without self cannot be called on an instance.", "Add self as the first parameter, or make it a staticmethod."],
  E1300: ["bad-format-character", "logic", "medium", [], undefined, "A bad format character raises ValueError when the string is formatted.", "Fix the format string."],
};

export const PYLINT_TABLE_IDS: readonly string[] = Object.keys(ROWS);

/** The pylint symbol of a message id in the table ("W0123" → "eval-used"). */
export function pylintSymbol(messageId: string): string | undefined {
  return ROWS[messageId]?.[0];
}

/** Our view of a pylint message, or undefined for one the table does not know. */
export function pylintRuleInfo(messageId: string): ToolRuleInfo | undefined {
  const row = ROWS[messageId];
  if (row === undefined) return undefined;
  const [symbol, category, severity, cwe, family, why, howToFix] = row;
  return {
    title: humanise(symbol),
    category,
    severity,
    cwe,
    ...(family === undefined ? {} : { family }),
    why: why || (whyForFamily(family) ?? ""),
    howToFix,
  };
}

/** pylint's documentation page for a message. */
export function pylintDocsUrl(messageId: string, symbol: string): string {
  const kind = messageId.startsWith("E") ? "error" : messageId.startsWith("W") ? "warning" : "convention";
  return `https://pylint.readthedocs.io/en/stable/user_guide/messages/${kind}/${symbol}.html`;
}

/** Metadata of every message in the table: the rules a pylint run can report. */
export function pylintTableRules(): RuleMeta[] {
  return PYLINT_TABLE_IDS.flatMap((messageId) => {
    const info = pylintRuleInfo(messageId);
    const symbol = pylintSymbol(messageId);
    if (info === undefined || symbol === undefined) return [];
    return [
      toolRuleMeta({
        analyser: "pylint",
        id: `pylint/${messageId}`,
        languages: ["python"],
        info,
        description: `pylint ${symbol} (${messageId}).`,
        confidence: 0.8,
        references: [pylintDocsUrl(messageId, symbol)],
      }),
    ];
  });
}
