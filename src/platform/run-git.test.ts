import { chmod, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changedFiles } from "./git-diff.js";
import { commitAll, git, initRepo } from "./git-repo.test-support.js";
import { gitEnvironment } from "./run-git.js";
import { addToTree, makeTree, removeTree } from "./temp-tree.test-support.js";

describe("gitEnvironment", () => {
  it("drops variables that point git at another repository and turns prompts off", () => {
    const env = gitEnvironment({
      PATH: "/usr/bin",
      GIT_DIR: "/elsewhere/.git",
      GIT_WORK_TREE: "/elsewhere",
      GIT_ASKPASS: "/usr/bin/ksshaskpass",
      GIT_INDEX_FILE: ".git/index.lock",
    });
    expect(env).toEqual({
      PATH: "/usr/bin",
      GIT_TERMINAL_PROMPT: "0",
      GCM_INTERACTIVE: "never",
      GIT_LFS_SKIP_SMUDGE: "1",
      GIT_SSH_COMMAND: "ssh -o BatchMode=yes",
      GIT_PROXY_COMMAND: "",
    });
  });

  it("keeps an absolute index file (set by a commit hook) and the user's own ssh command", () => {
    const env = gitEnvironment({ GIT_INDEX_FILE: "/repo/.git/index.lock", GIT_SSH_COMMAND: "ssh -i key" });
    expect(env.GIT_INDEX_FILE).toBe("/repo/.git/index.lock");
    expect(env.GIT_SSH_COMMAND).toBe("ssh -i key");
  });
});

describe("git on an untrusted repository runs none of its programs", () => {
  const roots: string[] = [];
  afterAll(async () => {
    for (const root of roots) await removeTree(root);
  });

  it("ignores fsmonitor hooks, external diff drivers and textconv filters from the repository's config", async () => {
    const repo = await makeTree({ "a.py": "x = 1\n", ".gitattributes": "*.py diff=evil\n" });
    roots.push(repo);
    const marker = join(repo, "..", `${repo.split("/").pop() ?? "x"}-pwned`);
    roots.push(marker);
    initRepo(repo);
    commitAll(repo, "one");
    const script = join(repo, ".git", "evil.sh");
    await writeFile(script, `#!/bin/sh\ntouch '${marker}'\n`);
    await chmod(script, 0o755);
    git(repo, "config", "core.fsmonitor", script);
    git(repo, "config", "diff.external", script);
    git(repo, "config", "diff.evil.textconv", script);
    git(repo, "config", "diff.evil.command", script);
    await addToTree(repo, { "a.py": "x = 2\n" });
    expect(Object.fromEntries(await changedFiles(repo, "HEAD"))).toEqual({ "a.py": new Set([1]) });
    expect(existsSync(marker)).toBe(false);
    // The same repository does run the script under a plain `git diff`: the test can fail.
    git(repo, "diff", "HEAD");
    expect(existsSync(marker)).toBe(true);
  });
});
