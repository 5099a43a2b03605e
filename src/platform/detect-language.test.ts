import { describe, expect, it } from "vitest";
import type { Language } from "../core/language.js";
import { detectLanguage } from "./detect-language.js";

const cases: readonly (readonly [path: string, firstLine: string, expected: Language | undefined])[] = [
  ["app.py", "", "python"],
  ["stubs/os.pyi", "", "python"],
  ["src/index.js", "", "javascript"],
  ["lib/esm.mjs", "", "javascript"],
  ["lib/common.cjs", "", "javascript"],
  ["ui/Button.jsx", "", "javascript"],
  ["src/main.ts", "", "typescript"],
  ["src/mod.mts", "", "typescript"],
  ["src/mod.cts", "", "typescript"],
  ["types/global.d.ts", "", "typescript"],
  ["ui/App.tsx", "", "tsx"],
  ["UPPER/CASE.PY", "", "python"],
  ["package.json", "", "json"],
  [".github/workflows/ci.yml", "", "yaml"],
  ["compose.yaml", "", "yaml"],
  ["pyproject.toml", "", "toml"],
  [".env", "", "dotenv"],
  ["config/.env", "", "dotenv"],
  [".env.local", "", "dotenv"],
  [".env.production", "", "dotenv"],
  ["deploy/prod.env", "", "dotenv"],
  ["setup.cfg", "", "ini"],
  ["tox.ini", "", "ini"],
  ["scripts/build.sh", "", "shell"],
  ["README.md", "", "markdown"],
  ["public/index.html", "", "html"],
  ["logo.png", "", undefined],
  ["Makefile", "", undefined],
  [".gitignore", "", undefined],
  ["notes.txt", "", undefined],
  // Extensionless files fall back to the shebang.
  ["bin/tool", "#!/usr/bin/env python3", "python"],
  ["bin/tool", "#!/usr/bin/python3.11 -u", "python"],
  ["bin/tool", "#!/usr/bin/env -S python -X dev", "python"],
  ["bin/cli", "#!/usr/bin/env node", "javascript"],
  ["bin/cli", "#!/usr/bin/env PATH=/x node --enable-source-maps", "javascript"],
  ["bin/run", "#!/bin/sh", "shell"],
  ["bin/run", "#! /bin/bash -e", "shell"],
  ["bin/run", "#!/usr/bin/env zsh", "shell"],
  ["bin/run", "#!/usr/bin/perl", undefined],
  ["bin/run", "print('no shebang')", undefined],
  // A shebang never overrides an extension.
  ["script.txt", "#!/usr/bin/env python3", undefined],
  ["windows\\path\\app.py", "", "python"],
];

describe("detectLanguage", () => {
  it.each(cases)("%s (%s) → %s", (path, firstLine, expected) => {
    expect(detectLanguage(path, firstLine)).toBe(expected);
  });
});
