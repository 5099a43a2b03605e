import { homedir } from "node:os";
import { describe, expect, it } from "vitest";
import { historyStorePath, userDataDir } from "./data-dir.js";

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

describe("historyStorePath", () => {
  it("is one file in the data directory, whatever the target", () => {
    expect(historyStorePath({ XDG_DATA_HOME: "/data" })).toBe("/data/codeguardian/history.db");
    expect(historyStorePath({ HOME: "/home/u" })).toBe("/home/u/.local/share/codeguardian/history.db");
  });
});
