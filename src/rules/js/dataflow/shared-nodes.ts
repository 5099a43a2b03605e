import type { SgNode } from "@ast-grep/napi";
import type { RuleContext } from "../../define-rule.js";

/**
 * Every tree walk costs about a tenth of a parse, so the rules do not walk
 * the tree one by one: the call, `new` and assignment sites any JavaScript
 * rule may care about are collected in one walk per kind per file and
 * shared through the context memo; each rule then filters them by text.
 * A rule looking for a callee must list its last name segment here.
 */
const CALLEE_NAMES = [
  // child_process, eval and timers
  "exec|execSync|spawn|spawnSync|execFile|execFileSync|eval|Function|setTimeout|setInterval|setImmediate",
  "runInNewContext|runInThisContext|runInContext|compileFunction",
  // SQL, NoSQL, LDAP, XPath
  "query|execute|raw|whereRaw|orWhereRaw|andWhereRaw|whereNotRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|joinRaw|fromRaw|literal|\\$queryRawUnsafe|\\$executeRawUnsafe|unsafe|prepare|run|all|get|each",
  "find|findOne|findOneAndUpdate|findOneAndDelete|findOneAndReplace|updateOne|updateMany|deleteOne|deleteMany|countDocuments|exists|replaceOne|where|distinct",
  "update|remove|mapReduce|findOneAndRemove|findByIdAndUpdate|findByIdAndDelete|findByIdAndRemove|aggregate|count",
  // Angular's DomSanitizer
  "bypassSecurityTrustHtml|bypassSecurityTrustStyle|bypassSecurityTrustScript|bypassSecurityTrustUrl|bypassSecurityTrustResourceUrl",
  "search|select|select1|evaluate",
  // DOM, responses, redirects, HTTP clients
  "write|writeln|insertAdjacentHTML|send|end|redirect|permanentRedirect|assign|replace|open",
  "fetch|axios|post|put|patch|delete|head|request|got|stream|needle|ky|goto|parseURL",
  // files
  "readFile|readFileSync|writeFile|writeFileSync|appendFile|appendFileSync|createReadStream|createWriteStream|unlink|unlinkSync|rm|rmSync",
  "readdir|readdirSync|openSync|copyFile|copyFileSync|rename|renameSync|mkdir|mkdirSync|stat|statSync|access|accessSync|sendFile|download",
  // parsing and deserialisation
  "RegExp|unserialize|deserialize|deepDeserialize|unsafeLoad|load|loadAll|parse|parseXml|parseXmlString|parseXmlAsync|parseHtml|parseXmlFile",
  // crypto, cookies, configuration
  "createHash|createHmac|hash|createCipher|createDecipher|createCipheriv|createDecipheriv|random",
  "cookie|setCookie|set|session|expressSession|cookieSession|use|merge|mergeWith|defaultsDeep|extend|setWith",
  // http-proxy and http-proxy-middleware (their `secure: false`)
  "createProxyMiddleware|legacyCreateProxyMiddleware|createProxyServer|createProxy",
].join("|");

const JUMP_KINDS = ["return_statement", "throw_statement", "break_statement", "continue_statement"];

const CALLEE_REGEX = `(^|\\.)(${CALLEE_NAMES})$`;
const CONSTRUCTOR_REGEX = "(^|\\.)(RegExp|Function|Script|Promise)$";
const ASSIGNED_REGEX =
  "(innerHTML|outerHTML|srcdoc|location|\\.href|session|NODE_TLS_REJECT_UNAUTHORIZED|NODE_ENV|\\.body)";

interface Site {
  readonly node: SgNode;
  readonly text: string;
}

/** Everything the JavaScript rules look for, from a single walk of the tree. */
interface Sites {
  readonly calls: readonly Site[];
  readonly news: readonly Site[];
  readonly assignments: readonly Site[];
  /**
   * catch clauses, for...in/of loops and jump statements (return, throw, break, continue)
   * followed in their block by a sibling other than closing braces.
   */
  readonly byKind: ReadonlyMap<string, readonly SgNode[]>;
}

const EMPTY: Sites = { calls: [], news: [], assignments: [], byKind: new Map() };

const CALLEE = new RegExp(CALLEE_REGEX);
const CONSTRUCTOR = new RegExp(CONSTRUCTOR_REGEX);
const ASSIGNED = new RegExp(ASSIGNED_REGEX);

/**
 * Calls, `new` and assignments are found by kind and their texts matched
 * here, with regexes compiled once: a `findAll` rule holding the long callee
 * pattern compiled it on every call (about 1.7 ms a file, most of a small
 * file's review; measured with a scratch loop over 2,000 three-line files).
 */
function collect(root: SgNode): Sites {
  const found = root.findAll({
    rule: {
      any: [
        { kind: "call_expression" },
        { kind: "new_expression" },
        { kind: "assignment_expression" },
        { kind: "augmented_assignment_expression" },
        { kind: "catch_clause" },
        { kind: "for_in_statement" },
        // Only jumps with something after them in their block: a jump that ends its block (nearly
        // all of them) cannot hide code, and asking each one for its next sibling from JavaScript
        // walks down from the root of the tree, which over a file of n functions costs n².
        {
          any: JUMP_KINDS.map((kind) => ({ kind })),
          precedes: { regex: "[^}]", stopBy: "end" },
        },
      ],
    },
  });
  const calls: Site[] = [];
  const news: Site[] = [];
  const assignments: Site[] = [];
  const byKind = new Map<string, SgNode[]>();
  const site = (into: Site[], node: SgNode, field: string, pattern: RegExp): void => {
    const text = node.field(field)?.text();
    if (text !== undefined && pattern.test(text)) into.push({ node, text });
  };
  for (const node of found) {
    const kind = String(node.kind());
    if (kind === "call_expression") site(calls, node, "function", CALLEE);
    else if (kind === "new_expression") site(news, node, "constructor", CONSTRUCTOR);
    else if (kind.endsWith("assignment_expression")) site(assignments, node, "left", ASSIGNED);
    else {
      const list = byKind.get(kind);
      if (list) list.push(node);
      else byKind.set(kind, [node]);
    }
  }
  return { calls, news, assignments, byKind };
}

function sites(ctx: RuleContext): Sites {
  const root = ctx.root;
  if (!root) return EMPTY;
  return ctx.memo("js-sites", () => collect(root));
}

/** Calls whose callee text matches `callee`. */
export function callsMatching(ctx: RuleContext, callee: RegExp): SgNode[] {
  return sites(ctx)
    .calls.filter((s) => callee.test(s.text))
    .map((s) => s.node);
}

/** `new X(...)` whose constructor text matches. */
export function newsMatching(ctx: RuleContext, constructor: RegExp): SgNode[] {
  return sites(ctx)
    .news.filter((s) => constructor.test(s.text))
    .map((s) => s.node);
}

/** Assignments (plain or compound) whose left-hand side text matches. */
export function assignmentsMatching(ctx: RuleContext, left: RegExp): SgNode[] {
  return sites(ctx)
    .assignments.filter((s) => left.test(s.text))
    .map((s) => s.node);
}

/**
 * Nodes of one of the structural kinds collected in the shared walk; jump
 * statements only when a sibling other than a closing brace follows them.
 */
export type SharedKind =
  | "catch_clause"
  | "for_in_statement"
  | "return_statement"
  | "throw_statement"
  | "break_statement"
  | "continue_statement";

export function nodesOfKind(ctx: RuleContext, kind: SharedKind): readonly SgNode[] {
  return sites(ctx).byKind.get(kind) ?? [];
}

/**
 * The syntax tree to check, or undefined for declaration files (`.d.ts`):
 * they hold types only, no statements that run, so no rule applies.
 */
export function codeRoot(ctx: RuleContext): SgNode | undefined {
  return /\.d\.[cm]?ts$/.test(ctx.file.path) ? undefined : ctx.root;
}
