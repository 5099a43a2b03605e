import { describe, expect, it } from "vitest";
import type { Language } from "../../core/language.js";
import {
  buildImportGraph,
  importedFromOutside,
  readImports,
  resolveImportGraph,
  type GraphFile,
} from "./build-import-graph.js";

const languageOf = (path: string): Language =>
  path.endsWith(".py") ? "python" : path.endsWith(".ts") ? "typescript" : "javascript";

const file = (path: string, text = ""): GraphFile => ({
  path,
  text,
  language: languageOf(path),
});

/** importer → sorted imported paths, for the importers that import anything. */
function edges(files: readonly GraphFile[], opaque: readonly string[] = []): Record<string, string[]> {
  const graph = buildImportGraph(files, { opaqueDirs: new Set(opaque) });
  return Object.fromEntries([...graph.imports].map(([from, to]) => [from, [...to].sort()]));
}

describe("buildImportGraph: Python", () => {
  const pkg = [
    file("app.py", "import pkg.util\nfrom pkg import models\nimport os, json\n"),
    file("pkg/__init__.py"),
    file("pkg/util.py", "from . import models\nfrom .models import User\n"),
    file("pkg/models.py", "from ..lib.helpers import h\n"),
    file("pkg/sub/__init__.py"),
    file("pkg/sub/deep.py", "from .. import util\nfrom ...lib import helpers\n"),
    file("lib/helpers.py", "import requests\n"),
  ];
  const cases: readonly (readonly [string, readonly string[]])[] = [
    ["app.py", ["pkg/__init__.py", "pkg/models.py", "pkg/util.py"]],
    ["pkg/util.py", ["pkg/__init__.py", "pkg/models.py"]],
    // `..lib` from pkg/ leaves the package: resolved against the repository root.
    ["pkg/models.py", ["lib/helpers.py"]],
    ["pkg/sub/deep.py", ["lib/helpers.py", "pkg/__init__.py", "pkg/util.py"]],
  ];
  it.each(cases)("%s imports %j (relative and package-local; stdlib and PyPI left out)", (path, expected) => {
    expect(edges(pkg)[path] ?? []).toEqual(expected);
  });

  it("resolves absolute imports against src/ and against directories holding a top-level package", () => {
    const files = [
      file("src/shop/__init__.py"),
      file("src/shop/cart.py", "from shop.pricing import total\n"),
      file("src/shop/pricing.py"),
      file("services/api/billing/__init__.py"),
      file("services/api/main.py", "from billing import charge\n"),
      file("services/api/billing/charge.py"),
    ];
    expect(edges(files)).toEqual({
      "src/shop/cart.py": ["src/shop/pricing.py"],
      "services/api/main.py": ["services/api/billing/__init__.py", "services/api/billing/charge.py"],
    });
  });

  it("reads parenthesised names over several lines", () => {
    const files = [
      file("a.py", "from pkg import (\n    one,\n    two as second,\n)\n"),
      file("pkg/one.py"),
      file("pkg/two.py"),
    ];
    expect(edges(files)["a.py"]).toEqual(["pkg/one.py", "pkg/two.py"]);
  });

  it("does not make a package inside an opaque (vendored-looking) directory a root", () => {
    const files = [
      file("app.py", "import requests\nfrom vendor.tool import run\n"),
      file("vendor/requests/__init__.py"),
      file("vendor/tool.py"),
    ];
    expect(edges(files, ["vendor"])["app.py"]).toEqual(["vendor/tool.py"]);
    expect(edges(files)["app.py"]).toEqual(["vendor/requests/__init__.py", "vendor/tool.py"]);
  });
});

describe("buildImportGraph: JavaScript and TypeScript", () => {
  const files = [
    file(
      "src/main.ts",
      'import { a } from "./a.js";\nimport "./side";\nexport * from "./lib";\nimport fs from "node:fs";\nimport x from "lodash";\n',
    ),
    file("src/a.ts", 'const b = require("../legacy/b");\nconst c = await import("./c.mjs");\n'),
    file("src/side.tsx"),
    file("src/lib/index.ts"),
    file("legacy/b.js"),
    file("src/c.mts"),
  ];
  it("resolves extensions, index files and .js → .ts; leaves packages and builtins out", () => {
    expect(edges(files)).toEqual({
      "src/main.ts": ["src/a.ts", "src/lib/index.ts", "src/side.tsx"],
      "src/a.ts": ["legacy/b.js", "src/c.mts"],
    });
  });

  it("ignores specifiers that leave the repository", () => {
    expect(edges([file("a.js", 'import x from "../../outside.js";\n')])).toEqual({});
  });
});

describe("cycles and the outside question", () => {
  const files = [
    file("a.py", "import b\n"),
    file("b.py", "import a\n"),
    file("vendor/x.js", 'require("./y")\n'),
    file("vendor/y.js", 'require("./x")\n'),
  ];
  const graph = buildImportGraph(files);
  it("keeps both edges of a cycle and never an edge to the file itself", () => {
    expect(edges(files)).toEqual({
      "a.py": ["b.py"],
      "b.py": ["a.py"],
      "vendor/x.js": ["vendor/y.js"],
      "vendor/y.js": ["vendor/x.js"],
    });
    expect([...(graph.importers.get("a.py") ?? [])]).toEqual(["b.py"]);
  });

  it("imports between files inside a directory do not count as imported from outside", () => {
    expect(importedFromOutside(graph, (p) => p.startsWith("vendor/"))).toBe(false);
    const used = buildImportGraph([...files, file("app.js", 'import "./vendor/x.js";\n')]);
    expect(importedFromOutside(used, (p) => p.startsWith("vendor/"))).toBe(true);
  });
});

describe("resolveImportGraph", () => {
  it("gives the graph buildImportGraph gives, from imports read separately", () => {
    const files = [
      file("app.py", "from pkg import util\n"),
      file("pkg/__init__.py"),
      file("pkg/util.py", "from . import models\n"),
      file("pkg/models.py"),
      file("web/a.ts", "import './b.js';\n"),
      file("web/b.ts"),
    ];
    const read = files.map((f) => ({ path: f.path, imports: readImports(f) }));
    expect(resolveImportGraph(read)).toEqual(buildImportGraph(files));
  });

  it("counts a file whose imports could not be read as importing every known file", () => {
    const graph = resolveImportGraph([
      { path: "app.py", imports: { kind: "unknown" } },
      { path: "vendor/lib.py", imports: { kind: "none" } },
      { path: "gen/out.js", imports: { kind: "none" } },
    ]);
    expect([...(graph.imports.get("app.py") ?? [])].sort()).toEqual(["gen/out.js", "vendor/lib.py"]);
    expect([...(graph.importers.get("vendor/lib.py") ?? [])]).toEqual(["app.py"]);
  });
});
