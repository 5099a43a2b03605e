#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via `prepare`).
// `worker` and `serve` are front ends of their own (src/worker/, src/server/): the CLI
// never imports them (docs/ARCHITECTURE.md).
const FRONT_ENDS = { worker: "../dist/worker/main.js", serve: "../dist/server/main.js" };
const own = FRONT_ENDS[process.argv[2]];
import(own ?? "../dist/cli/main.js")
  .then((m) => m.main(own === undefined ? process.argv : process.argv.slice(3)))
  .catch((error) => {
    process.stderr.write(
      `codeguardian: could not start (${error?.message ?? error}). Run \`npm run build\` first.\n`,
    );
    process.exitCode = 3;
  });
