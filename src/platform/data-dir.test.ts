import { homedir } from "node:os";
import { basename, dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { storePathForRoot, storePathForUrl, userDataDir } from "./data-dir.js";

describe("userDataDir", () => {
  const cases: readonly (readonly [label: string, env: NodeJS.ProcessEnv, expected: string])[] = [
    ["XDG_DATA_HOME when absolute", { XDG_DATA_HOME: "/data", HOME: "/home/u" }, "/data/codeguardian"],
    ["HOME when XDG_DATA_HOME is unset", { HOME: "/home/u" }, "/home/u/.local/share/codeguardian"],
    [
      "HOME when XDG_DATA_HOME is empty",
      { XDG_DATA_HOME: "", HOME: "/home/u" },
      "/home/u/.local/share/codeguardian",
    ],
    [
      "HOME when XDG_DATA_HOME is relative",
      { XDG_DATA_HOME: "rel", HOME: "/home/u" },
      "/home/u/.local/share/codeguardian",
    ],
    ["the account's home without HOME", {}, `${homedir()}/.local/share/codeguardian`],
  ];
  it.each(cases)("uses %s", (_label, env, expected) => {
    expect(userDataDir(env)).toBe(expected);
  });
});

describe("storePathForUrl", () => {
  const env = { XDG_DATA_HOME: "/data" };
  const keyOf = (url: string): string => storePathForUrl(url, env);

  it("puts the database under the data directory with a readable, safe name", () => {
    const path = keyOf("https://github.com/acme/widgets.git");
    expect(dirname(path)).toBe("/data/codeguardian/repos");
    expect(basename(path)).toMatch(/^acme-widgets-[0-9a-f]{16}\.db$/);
  });

  const sameRepository: readonly (readonly [string, string])[] = [
    ["https://github.com/acme/widgets.git", "https://github.com/acme/widgets"],
    ["https://github.com/acme/widgets", "https://GitHub.com/acme/widgets/"],
    ["https://github.com/acme/widgets", "https://user:s3cret@github.com/acme/widgets.git"],
    ["https://github.com/acme/widgets", "git@github.com:acme/widgets.git"],
    ["https://github.com/acme/widgets", "ssh://git@github.com/acme/widgets"],
  ];
  it.each(sameRepository)("%s and %s share one history", (a, b) => {
    expect(keyOf(a)).toBe(keyOf(b));
  });

  const differentRepositories: readonly (readonly [string, string])[] = [
    ["https://github.com/acme/widgets", "https://github.com/acme/gadgets"],
    ["https://github.com/acme/widgets", "https://gitlab.com/acme/widgets"],
    ["https://github.com/acme/widgets", "https://github.com/Acme/widgets"],
    ["https://git.example.com/a/b", "https://git.example.com:8443/a/b"],
  ];
  it.each(differentRepositories)("%s and %s are kept apart", (a, b) => {
    expect(keyOf(a)).not.toBe(keyOf(b));
  });

  it("never writes credentials or path separators into the file name", () => {
    const name = basename(keyOf("https://tok3n:pa55@host.example/../../etc/passwd"));
    expect(name).not.toMatch(/tok3n|pa55|\/|^\./);
    expect(basename(keyOf("https://host.example/.."))).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*\.db$/);
  });
});

describe("storePathForRoot", () => {
  it("keeps a local directory's history inside it", () => {
    expect(storePathForRoot("/work/repo")).toBe("/work/repo/.codeguardian/codeguardian.db");
  });
});
