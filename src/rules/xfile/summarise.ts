import type { SgNode } from "@ast-grep/napi";
import type { SourceFile } from "../../core/source-file.js";
import type { TaintEngine } from "../js/dataflow/engine.js";
import { summariseJs } from "./js-summary.js";
import { notedPythonSinks, notedSinks } from "./sink-log.js";
import { notedSettings } from "./settings.js";
import { summarisePython } from "./py-summary.js";
import { FileFlow } from "../python/dataflow/file-flow.js";
import { collectImports } from "../python/dataflow/imports.js";
import type { FileSummary, SummaryPass } from "./summary.js";

/**
 * The cross-file summary of a file the rules just ran on, from what they left
 * in the per-file memo (the taint engine, the sinks they checked): no second
 * parse, no second walk of the rules. Undefined for a file that neither
 * exports a function nor calls into another module.
 */
export function summariseFile(
  file: SourceFile,
  root: SgNode,
  memo: ReadonlyMap<string, unknown>,
  pass: SummaryPass = "whole",
): FileSummary | undefined {
  const language = file.language;
  if (language === "javascript" || language === "typescript" || language === "tsx") {
    const engine = memo.get("js-dataflow") as TaintEngine | undefined;
    return summariseJs(file.path, root, file.text, engine, notedSinks(memo), pass, notedSettings(memo));
  }
  if (language === "python") {
    // The rules' own facts when a rule asked for them; else the same engine over the file, walked only where asked.
    const flow =
      (memo.get("py-dataflow") as FileFlow | undefined) ??
      new FileFlow(root, file.text, collectImports(file.text), () =>
        root.findAll({ rule: { kind: "function_definition" } }),
      );
    return summarisePython(file.path, root, flow, notedPythonSinks(memo), pass);
  }
  return undefined;
}
