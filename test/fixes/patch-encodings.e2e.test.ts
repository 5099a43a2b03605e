import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, git } from "../support/cli-harness.js";

/** Files whose bytes a patch must match exactly: CRLF, a byte-order mark, no final newline. */
const FILES: Record<string, string> = {
  "crlf.py": "import yaml\r\n\r\n\r\ndef load(s):\r\n    return yaml.load(s)\r\n",
  "bom.py": "\uFEFFimport yaml\n\n\ndef load(s):\n    return yaml.load(s)\n",
  "no_newline.py": "import yaml\n\n\ndef load(s):\n    return yaml.load(s)",
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cg-fix-enc-"));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  git(dir, "init", "-q", "-b", "main");
  // Keep the bytes exactly as written, whatever the machine's autocrlf says.
  git(dir, "config", "core.autocrlf", "false");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "fixture");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("codeguardian.patch keeps each file's bytes", () => {
  it("applies with git apply and leaves line endings, BOM and final-newline state as they were", async () => {
    const result = await cli(["review", dir, "--fix", "--no-store", "--format", "json"], dir);
    expect(result.stderr).toMatch(/wrote 3 proven fixes/);
    git(dir, "apply", "--check", "codeguardian.patch");
    git(dir, "apply", "codeguardian.patch");
    for (const [name, text] of Object.entries(FILES)) {
      expect(readFileSync(join(dir, name), "utf8"), name).toBe(text.replace("yaml.load(", "yaml.safe_load("));
    }
  });

  it("codeguardian fix --yes writes the same bytes", async () => {
    const result = await cli(["fix", dir, "--yes"], dir);
    expect(result.stdout).toMatch(/^Applied 3 fixes\.$/m);
    for (const [name, text] of Object.entries(FILES)) {
      expect(readFileSync(join(dir, name), "utf8"), name).toBe(text.replace("yaml.load(", "yaml.safe_load("));
    }
  });
});
