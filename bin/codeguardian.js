#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via `prepare`).
// `worker` is a front end of its own (src/worker/): the CLI never imports it (docs/ARCHITECTURE.md).
const isWorker = process.argv[2] === "worker";
import(isWorker ? "../dist/worker/main.js" : "../dist/cli/main.js")
  .then((m) => m.main(isWorker ? process.argv.slice(3) : process.argv))
  .catch((error) => {
    process.stderr.write(
      `codeguardian: could not start (${error?.message ?? error}). Run \`npm run build\` first.\n`,
    );
    process.exitCode = 3;
  });
