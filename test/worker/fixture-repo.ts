import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A small JavaScript project with a few findings in every file, and an
 * operator configuration with the external analysers off, so a review
 * depends only on the built-in rules (the queue tests and `bench:queue`).
 */
export function writeFixtureRepo(root: string, files = 4): string {
  const repo = join(root, "repo");
  mkdirSync(join(repo, "src"), { recursive: true });
  for (let i = 0; i < files; i += 1) {
    writeFileSync(
      join(repo, "src", `handler${i}.js`),
      [
        `const { exec } = require("child_process");`,
        `function run${i}(request) {`,
        `  exec("ls " + request.query.dir);`,
        `  return eval(request.body.code);`,
        `}`,
        `module.exports = { run${i} };`,
        "",
      ].join("\n"),
    );
  }
  return repo;
}

/** The worker's environment: its own config (tools off) and data directory. */
export function operatorEnv(root: string): Record<string, string | undefined> {
  const config = join(root, "config", "codeguardian");
  mkdirSync(config, { recursive: true });
  writeFileSync(
    join(config, "config.yml"),
    [
      "analysers:",
      ...["bandit", "pylint", "eslint", "semgrep"].map((id) => `  ${id}: { enabled: false }`),
      "",
    ].join("\n"),
  );
  return {
    PATH: process.env.PATH,
    HOME: root,
    XDG_CONFIG_HOME: join(root, "config"),
    XDG_DATA_HOME: join(root, "data"),
  };
}
