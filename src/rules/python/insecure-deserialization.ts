import type { SgNode } from "@ast-grep/napi";
import type { Fix } from "../../core/fix.js";
import { defineRule, type RuleMatch } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { argTaint, callSpec, findCalls, flowOf, reportFlow, verdictFor } from "./dataflow/sinks.js";

const WHY =
  "pickle-style formats (and YAML with a full loader) rebuild arbitrary objects and can call any function while loading: whoever controls the bytes runs code in this process.";

/** Loaders that run code for crafted input, whatever the data. */
const PICKLE_LIKE = [
  "pickle.loads",
  "pickle.load",
  "pickle.Unpickler",
  "cPickle.loads",
  "cPickle.load",
  "_pickle.loads",
  "_pickle.load",
  "dill.loads",
  "dill.load",
  "cloudpickle.loads",
  "cloudpickle.load",
  "marshal.loads",
  "marshal.load",
  "shelve.open",
  "jsonpickle.decode",
  "jsonpickle.loads",
  "pandas.read_pickle",
  "joblib.load",
];
const YAML_LOADS = ["yaml.load", "yaml.load_all"];
const YAML_ALWAYS_UNSAFE = ["yaml.unsafe_load", "yaml.unsafe_load_all"];
const SAFE_LOADER = /(?:^|\.)(?:SafeLoader|CSafeLoader|BaseLoader|CBaseLoader)$/;

/**
 * Loaders that unpickle only when asked: `numpy.load(f, allow_pickle=True)`
 * (off by default since NumPy 1.16.3) and `torch.load(f)` unless
 * `weights_only=True` (PyTorch's default only from 2.6).
 */
const OPT_IN_PICKLE = ["numpy.load", "torch.load"];

const CALLS = callSpec({
  hint: /pickle|marshal|shelve|dill|joblib|yaml|unpickler|numpy|torch/i,
  functions: [...PICKLE_LIKE, ...YAML_LOADS, ...YAML_ALWAYS_UNSAFE, ...OPT_IN_PICKLE],
});

/** The writers of each pickle-like format: a module that calls one owns the bytes its store holds. */
const WRITERS = callSpec({
  hint: /pickle|marshal|dill|joblib/i,
  functions: [
    "pickle.dumps",
    "pickle.dump",
    "pickle.Pickler",
    "cPickle.dumps",
    "cPickle.dump",
    "_pickle.dumps",
    "dill.dumps",
    "dill.dump",
    "cloudpickle.dumps",
    "cloudpickle.dump",
    "marshal.dumps",
    "marshal.dump",
    "jsonpickle.encode",
    "jsonpickle.dumps",
    "joblib.dump",
  ],
});

const OWN_FORMAT_WHY =
  "This module writes the same format into its store itself, so the bytes read back are normally its own (a cache or session backend): exploiting it needs write access to the store. Sign the stored bytes (an HMAC checked before loading) if anyone else can write there.";

export default defineRule<YamlMatch>(
  {
    id: "py/insecure-deserialization",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.85,
    cwe: ["CWE-502", "CWE-913"],
    owasp: "A08:2021-Software and Data Integrity Failures",
    title: "Deserialisation that can run code",
    description:
      "Data is loaded with pickle, marshal, shelve, dill, jsonpickle, joblib or pandas.read_pickle, or with yaml.load and a loader that builds arbitrary objects.",
    why: WHY,
    howToFix:
      "Exchange data as JSON (json.loads) or another data-only format. For YAML use yaml.safe_load (or Loader=yaml.SafeLoader). If pickle is unavoidable, only load bytes this program wrote and authenticated (an HMAC checked with hmac.compare_digest before loading).",
    references: [
      "https://cwe.mitre.org/data/definitions/502.html",
      "https://docs.python.org/3/library/pickle.html",
      "https://pyyaml.org/wiki/PyYAMLDocumentation",
    ],
    fixable: true,
    family: "insecure-deserialization",
    operatorFlows: "note",
  },
  (ctx) => {
    const calls = findCalls(ctx, CALLS);
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      if (YAML_LOADS.includes(call.callee) || YAML_ALWAYS_UNSAFE.includes(call.callee)) {
        const loader = call.kwargs.get("Loader") ?? call.args[1];
        if (
          YAML_LOADS.includes(call.callee) &&
          loader !== undefined &&
          SAFE_LOADER.test(flow.canonical(loader.text()))
        )
          continue;
        // The loader choice is the defect even for trusted data: safe_load is a drop-in replacement.
        const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "stream"), "deserialise");
        ctx.report({
          node: call.node,
          confidence: verdict?.fromSource === true ? Math.max(verdict.confidence, 0.8) : 0.75,
          message: `${call.callee}() ${loader === undefined ? "without a Loader" : `with ${loader.text()}`} can build arbitrary Python objects${
            verdict?.fromSource === true ? `, and the document comes from ${verdict.from}` : ""
          }. ${WHY}`,
          state: { callee: call.callee, loader },
        });
        continue;
      }
      if (call.callee === "numpy.load" && call.kwargs.get("allow_pickle")?.text() !== "True") continue;
      if (call.callee === "torch.load" && call.kwargs.get("weights_only")?.text() === "True") continue;
      // Loading unknown bytes is still worth a look, but only known untrusted bytes clear the default threshold.
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "file"), "deserialise", {
        built: 0.45,
        direct: 0.45,
      });
      if (verdict === undefined) continue;
      // A stored row this very module pickled (Django's database cache) is the module's own
      // format, not bytes a user chose: medium, so it stays visible without drowning the report
      // (docs/trust-levels.md).
      if (verdict.level === "stored" && findCalls(ctx, WRITERS).length > 0) {
        ctx.report({
          node: call.node,
          confidence: verdict.confidence,
          severity: "medium",
          message: `${call.callee}() deserialises ${verdict.from}. ${OWN_FORMAT_WHY}`,
        });
        continue;
      }
      reportFlow(ctx, call.node, verdict, `${call.callee}() deserialises data from`, WHY);
    }
  },
  safeLoad,
);

/** What the check matched on a YAML load: the canonical callee and the loader argument, if any. */
interface YamlMatch {
  readonly callee: string;
  readonly loader: SgNode | undefined;
}

const SAFE_LOAD: Record<string, string> = {
  "yaml.load": "yaml.safe_load",
  "yaml.unsafe_load": "yaml.safe_load",
  "yaml.load_all": "yaml.safe_load_all",
  "yaml.unsafe_load_all": "yaml.safe_load_all",
};

/**
 * yaml.load(x) / yaml.load(x, Loader=yaml.Loader) / yaml.unsafe_load(x) →
 * yaml.safe_load(x): the loader argument goes with the call's name. Only when
 * the call is written with the module name, as the fix's text is.
 */
function safeLoad({ node, state }: RuleMatch<YamlMatch>): Fix | undefined {
  const fn = node?.field("function");
  const target = state && fn ? SAFE_LOAD[fn.text()] : undefined;
  if (!state || !fn || target === undefined || SAFE_LOAD[state.callee] !== target) return undefined;
  const edits = [{ range: nodeRange(fn.range()), text: target }];
  if (state.loader !== undefined) {
    const argument =
      state.loader.parent()?.kind() === "keyword_argument" ? state.loader.parent()! : state.loader;
    const siblings = argument.parent()?.children() ?? [];
    const comma = siblings[siblings.findIndex((c) => c.id() === argument.id()) - 1];
    if (comma?.text() !== ",") return undefined;
    edits.push({
      range: { start: nodeRange(comma.range()).start, end: nodeRange(argument.range()).end },
      text: "",
    });
  }
  return {
    description: "Use yaml.safe_load, which only builds plain data",
    // Without a loader the call cannot build objects by intent; with one, documents carrying Python tags stop loading.
    applicability: state.loader === undefined && state.callee === "yaml.load" ? "safe" : "suggested",
    edits,
  };
}
