import type { SgNode } from "@ast-grep/napi";
import type { SourceFile } from "../../core/source-file.js";
import type { TaintEngine } from "../js/dataflow/engine.js";
import { summariseJs } from "./js-summary.js";
import { notedSinks } from "./sink-log.js";
import type { FileSummary } from "./summary.js";

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
): FileSummary | undefined {
  const language = file.language;
  if (language === "javascript" || language === "typescript" || language === "tsx") {
    const engine = memo.get("js-dataflow") as TaintEngine | undefined;
    return summariseJs(file.path, root, file.text, engine, notedSinks(memo));
  }
  return undefined;
}
