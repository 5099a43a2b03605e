import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import type { PreparedTarget } from "./prepare-target.js";
import { localTargetOnly } from "./review.js";

const prepared = (kind: PreparedTarget["target"]["kind"]): PreparedTarget => ({
  target: { kind, input: "x", root: "/tmp/x" },
  paths: [],
  project: { key: "x", name: "x", repositoryUrl: "", provider: "local" },
  cleanup: () => Promise.resolve(),
});

describe("localTargetOnly", () => {
  it("refuses a cloned git URL with the command's reason, as a usage error", () => {
    const hook = localTargetOnly("fix needs a local directory");
    let thrown: unknown;
    try {
      hook(DEFAULT_CONFIG, prepared("git"));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodeGuardianError);
    expect(thrown).toMatchObject({ code: "CG_USAGE", message: "fix needs a local directory" });
  });

  it("lets a local directory through", () => {
    expect(() => localTargetOnly("unused")(DEFAULT_CONFIG, prepared("path"))).not.toThrow();
  });
});
