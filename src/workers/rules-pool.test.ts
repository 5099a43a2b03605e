import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../core/config.js";
import type { SourceFile } from "../core/source-file.js";
import { createRulesAnalyser } from "./rules-pool.js";

function file(path: string, text: string): SourceFile {
  return {
    path,
    absolutePath: `/repo/${path}`,
    language: path.endsWith(".py") ? "python" : "typescript",
    text,
    bytes: Buffer.byteLength(text),
    lines: text.split("\n").length,
    hash: createHash("sha256").update(text).digest("hex"),
  };
}

const py = (i: number): string =>
  `import os\nfrom flask import request\n\ndef handler_${i}():\n    name = request.args.get("n")\n    os.system("echo " + name)\n${"\n# padding line to make the file larger\n".repeat(400)}`;
const ts = (i: number): string =>
  `export function run${i}(req: { query: { x: string } }) {\n  const x = req.query.x;\n  return eval(x);\n}\n${"// padding line to make the file larger\n".repeat(400)}`;

// inlineBytes: 0 forces the worker path for two threads, whatever the size.
const files = Array.from({ length: 60 }, (_, i) =>
  i % 2 === 0 ? file(`f${i}.py`, py(i)) : file(`f${i}.ts`, ts(i)),
);

async function analyse(threads: number) {
  return createRulesAnalyser({ threads, inlineBytes: 0 }).analyse({
    root: "/repo",
    files,
    config: DEFAULT_CONFIG,
    signal: new AbortController().signal,
    progress: () => undefined,
  });
}

describe("rules analyser on worker threads", () => {
  it("finds exactly what the inline run finds, in the same order", async () => {
    const inline = await analyse(1);
    const parallel = await analyse(2);
    expect(inline.findings.length).toBeGreaterThanOrEqual(60);
    expect(parallel.findings).toEqual(inline.findings);
    expect(parallel.analysedPaths).toEqual(inline.analysedPaths);
  });

  it("stops when aborted", async () => {
    const controller = new AbortController();
    const pending = createRulesAnalyser({ threads: 2, inlineBytes: 0 }).analyse({
      root: "/repo",
      files,
      config: DEFAULT_CONFIG,
      signal: controller.signal,
      progress: () => undefined,
    });
    controller.abort();
    await expect(pending).rejects.toThrow(/cancelled/);
  });
});
