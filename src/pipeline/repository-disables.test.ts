import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../core/config.js";
import type { AnalyserRun } from "../core/review.js";
import { disabledByRepository, repositoryEmptiedNotices } from "./repository-disables.js";

const configWith = (repository: ResolvedConfig["repository"]): ResolvedConfig => ({
  ...DEFAULT_CONFIG,
  repository,
});
const run = (id: string, status: AnalyserRun["status"]): AnalyserRun => ({
  id,
  status,
  durationMs: 1,
  filesAnalysed: 0,
  findings: 0,
});
const disabled = { analysers: ["rules"], rules: [], excludes: [] };
const repoFile = "/r/.codeguardian.yml";

describe("repositoryEmptiedNotices", () => {
  it("no analyser ran because the repository disabled them → an incomplete notice naming the file", () => {
    const config = configWith({ mayDisable: true, locked: [], file: repoFile, disabled });
    for (const runs of [[], [run("bandit", "unavailable")]]) {
      expect(repositoryEmptiedNotices(config, runs, { files: [{}] })).toEqual([
        {
          level: "error",
          analyser: "config",
          message: `no analyser ran: the repository's config (${repoFile}) disabled rules`,
          incomplete: true,
        },
      ]);
    }
  });

  it("nothing when an analyser ran, when the operator ignored the disables, or when nothing was disabled", () => {
    expect(
      repositoryEmptiedNotices(
        configWith({ mayDisable: true, locked: [], disabled }),
        [run("bandit", "failed")],
        {
          files: [{}],
        },
      ),
    ).toEqual([]);
    expect(
      repositoryEmptiedNotices(configWith({ mayDisable: false, locked: [], disabled }), [], { files: [{}] }),
    ).toEqual([]);
    expect(
      repositoryEmptiedNotices(configWith({ mayDisable: true, locked: [] }), [], { files: [{}] }),
    ).toEqual([]);
  });

  it("no file left while the operator's configuration would review some → incomplete", () => {
    const config = configWith({ mayDisable: true, locked: [], file: repoFile });
    const runs = [run("rules", "completed")];
    expect(repositoryEmptiedNotices(config, runs, { files: [], removedByRepository: 3 })).toEqual([
      {
        level: "error",
        analyser: "config",
        message: `no file reviewed: the repository's config (${repoFile}) removed every file (3 reviewable under the operator's paths and limits alone)`,
        incomplete: true,
      },
    ]);
    // An empty tree is not the repository's doing.
    expect(repositoryEmptiedNotices(config, runs, { files: [], removedByRepository: 0 })).toEqual([]);
    expect(repositoryEmptiedNotices(config, runs, { files: [] })).toEqual([]);
  });
});

describe("disabledByRepository", () => {
  it("copies the record and says whether it was ignored", () => {
    expect(disabledByRepository(configWith({ mayDisable: false, locked: [], disabled }))).toEqual({
      ...disabled,
      ignored: true,
    });
    expect(disabledByRepository(configWith({ mayDisable: true, locked: [] }))).toBeUndefined();
  });
});
