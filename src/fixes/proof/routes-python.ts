import type { SgNode } from "@ast-grep/napi";
import { collectImports, type ImportMap } from "../../rules/python/dataflow/imports.js";
import { foldString } from "./fold.js";
import { argumentsOf, hit, type Hit } from "./walk.js";
import { dangerousBuilt, dangerousLiteral, shellByArguments } from "./words.js";

/** Builtins that run code or reach any global by name. */
const CODE_BUILTINS = new Set([
  "eval",
  "exec",
  "compile",
  "execfile",
  "__import__",
  "globals",
  "locals",
  "breakpoint",
]);

/** Modules every use of which loads code or objects from data, runs a shell, or reaches any module by name. */
const DANGEROUS_MODULES = new Set([
  "dill",
  "marshal",
  "shelve",
  "cloudpickle",
  "jsonpickle",
  "pickle",
  "cPickle",
  "_pickle",
  "importlib",
  "imp",
  "runpy",
  "ctypes",
  "builtins",
  "__builtin__",
  "__builtins__",
  "code",
  "codeop",
  "pty",
  "commands",
]);

/** Dotted names (and prefixes ending in a letter run, e.g. `os.exec` for `os.execv`) that are sinks or switches. */
const DANGEROUS_PREFIXES = [
  "os.system",
  "os.popen",
  "os.exec",
  "os.spawn",
  "os.posix_spawn",
  "os.startfile",
  "subprocess.getoutput",
  "subprocess.getstatusoutput",
  "platform.popen",
  "sys.modules",
  "types.FunctionType",
  "types.CodeType",
  "yaml.load",
  "yaml.unsafe_load",
  "yaml.full_load",
  "yaml.Loader",
  "yaml.UnsafeLoader",
  "yaml.FullLoader",
  "yaml.CLoader",
  "yaml.CUnsafeLoader",
  "yaml.CFullLoader",
  "yaml.UnsafeConstructor",
  "joblib.load",
  "pandas.read_pickle",
  "ssl._create_unverified_context",
  "ssl.CERT_NONE",
];

/** Modules whose attributes, looked up by name, include a shell, a loader or the interpreter itself. */
const SYSTEM_MODULES = new Set([
  "os",
  "sys",
  "subprocess",
  "shutil",
  "posix",
  "nt",
  "platform",
  "yaml",
  "io",
  "socket",
  "__main__",
]);

/** Attribute names that open the interpreter's internals (sandbox escapes, module tables). */
const DUNDERS = new Set([
  "__subclasses__",
  "__globals__",
  "__builtins__",
  "__code__",
  "__reduce__",
  "__bases__",
  "__mro__",
  "__import__",
  "__loader__",
]);

/** Keyword arguments that switch a protection off (value text as written). */
const SWITCHES: Record<string, (value: string) => boolean> = {
  shell: (v) => v !== "False" && v !== "None",
  // A variable, call or expression cannot be shown to be on; only True or a CA bundle path can.
  verify: (v) => v !== "True" && !/^[rbuRBU]?["']/.test(v),
  resolve_entities: (v) => v !== "False",
  load_dtd: (v) => v === "True",
  no_network: (v) => v === "False",
  huge_tree: (v) => v === "True",
  check_hostname: (v) => v === "False",
  cert_reqs: (v) => /CERT_NONE|^0$/.test(v),
  httponly: (v) => v === "False",
  secure: (v) => v === "False",
  allow_pickle: (v) => v === "True",
};

function dangerousDotted(dotted: string): boolean {
  const head = dotted.split(".")[0] ?? dotted;
  if (DANGEROUS_MODULES.has(head)) return true;
  return DANGEROUS_PREFIXES.some(
    (p) => dotted === p || (dotted.startsWith(p) && /^[\w]/.test(dotted.slice(p.length))),
  );
}

/** `a.b.c` of an attribute chain over names, with the head resolved through the imports. */
function dottedOf(node: SgNode, imports: ImportMap): string | undefined {
  if (node.kind() === "identifier") return imports.get(node.text()) ?? node.text();
  if (node.kind() !== "attribute") return undefined;
  const object = node.field("object");
  const attr = node.field("attribute")?.text();
  const head = object ? dottedOf(object, imports) : undefined;
  return head && attr ? `${head}.${attr}` : undefined;
}

function isCallee(node: SgNode): boolean {
  const parent = node.parent();
  return parent?.kind() === "call" && parent.field("function")?.id() === node.id();
}

function yamlSafeCall(node: SgNode): boolean {
  const call = node.parent();
  if (!call || call.kind() !== "call" || !isCallee(node)) return false;
  return argumentsOf(call).some(
    (a) => a.kind() === "keyword_argument" && /(?:^|\.)C?SafeLoader$/.test(a.field("value")?.text() ?? ""),
  );
}

/** What in these Python nodes reaches a dangerous function by a route a rule's pattern may not follow. */
export function pythonRoutes(nodes: readonly SgNode[], text: string): Hit[] {
  const imports = collectImports(text);
  const hits: Hit[] = [];
  for (const node of nodes) {
    const kind = node.kind();
    const parent = node.parent();
    if (kind === "identifier") {
      if (parent?.kind() === "attribute" && parent.field("attribute")?.id() === node.id()) continue;
      if (parent?.kind() === "keyword_argument" && parent.field("name")?.id() === node.id()) continue;
      if (parent?.kind() === "attribute" && parent.field("object")?.id() === node.id()) continue;
      const name = node.text();
      const dotted = imports.get(name);
      if (dotted !== undefined && dotted !== name && dangerousDotted(dotted))
        hits.push(hit(node, `${name} is ${dotted}`));
      else if (dotted === undefined && CODE_BUILTINS.has(name)) hits.push(hit(node, `uses ${name}`));
      else if (dotted !== undefined && dangerousDotted(dotted) && !isCallee(node))
        hits.push(hit(node, `uses ${dotted}`));
    } else if (kind === "attribute") {
      if (parent?.kind() === "attribute" && parent.field("object")?.id() === node.id()) {
        // Judged at the outermost chain, except a dangerous prefix (`os.system.__call__`).
        const dotted = dottedOf(node, imports);
        if (!dotted || !dangerousDotted(dotted)) continue;
      }
      const dotted = dottedOf(node, imports);
      const attr = node.field("attribute")?.text() ?? "";
      if (dotted && dangerousDotted(dotted) && !yamlSafeCall(node)) hits.push(hit(node, `uses ${dotted}`));
      else if (DUNDERS.has(attr)) hits.push(hit(node, `reaches ${attr}`));
    } else if (kind === "call") {
      hits.push(...callHits(node, imports));
    } else if (kind === "keyword_argument") {
      const name = node.field("name")?.text() ?? "";
      const value = node.field("value")?.text() ?? "";
      const off = SWITCHES[name];
      if (off?.(value)) hits.push(hit(node, `sets ${name}=${value}`));
    } else if (kind === "assignment") {
      const left = node.field("left")?.text() ?? "";
      const right = node.field("right")?.text() ?? "";
      if (
        /(?:^|\.|_)(?:verify|check_hostname|verify_ssl|ssl_verify)$/i.test(left) &&
        /^(?:False|0|None)$/.test(right)
      )
        hits.push(hit(node, `sets ${left} = ${right}`));
    } else if (kind === "subscript") {
      const value = node.field("value")?.text().replace(/\s/g, "") ?? "";
      if (
        /^(?:globals\(\)|locals\(\)|vars\(.*\)|__builtins__|builtins\.__dict__|sys\.modules|.*\.__dict__)$/.test(
          value,
        )
      )
        hits.push(hit(node, `looks up ${value}[...] by name`));
      else foldHit(node, hits);
    } else if (kind === "list" || kind === "tuple") {
      const values = node
        .children()
        .filter((c) => c.isNamed())
        .map((c) => foldString(c));
      if (shellByArguments(values)) hits.push(hit(node, "starts a shell through an argument list"));
    } else if (kind === "string") {
      const value = foldString(node);
      const name = value === undefined ? undefined : dangerousLiteral(value);
      if (name) hits.push(hit(node, `names ${name} in a string`));
    } else if (kind === "binary_operator" || kind === "concatenated_string") {
      foldHit(node, hits);
    }
  }
  return hits;
}

function foldHit(node: SgNode, hits: Hit[]): void {
  const value = foldString(node);
  const name = value === undefined ? undefined : dangerousBuilt(value);
  if (name) hits.push(hit(node, `builds the name ${JSON.stringify(name)} from pieces`));
}

function callHits(call: SgNode, imports: ImportMap): Hit[] {
  const callee = call.field("function");
  const args = argumentsOf(call);
  const hits: Hit[] = [];
  const name = callee?.text().replace(/\s/g, "") ?? "";
  if (name === "getattr" || name === "setattr" || name === "hasattr") {
    const [target, attr] = args;
    const targetDotted = target ? dottedOf(target, imports) : undefined;
    const attrName = attr ? foldString(attr) : undefined;
    // A system module's attribute by name is any of its functions; an application object's is not.
    const moduleTarget =
      targetDotted !== undefined && (dangerousDotted(targetDotted) || SYSTEM_MODULES.has(targetDotted));
    if (attrName === undefined) hits.push(hit(call, `${name} with a name computed at run time`));
    else if (moduleTarget) hits.push(hit(call, `${name}(${targetDotted}, ${JSON.stringify(attrName)})`));
    else if (dangerousBuilt(attrName)) hits.push(hit(call, `${name} of ${JSON.stringify(attrName)}`));
  }
  if (name !== "getattr" && name !== "setattr" && name !== "hasattr") {
    const folded = [...args.map((a) => foldString(a))];
    const inner = args.flatMap((a) =>
      a.kind() === "list" || a.kind() === "tuple"
        ? a
            .children()
            .filter((c) => c.isNamed())
            .map((c) => foldString(c))
        : [],
    );
    if (shellByArguments([...folded, ...inner]))
      hits.push(hit(call, "starts a shell through an argument list"));
    const value = foldString(call);
    const built = value === undefined ? undefined : dangerousBuilt(value);
    if (built) hits.push(hit(call, `builds the name ${JSON.stringify(built)} from pieces`));
  }
  return hits;
}
