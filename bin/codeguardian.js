#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via `prepare`).
import("../dist/cli/main.js")
  .then((m) => m.main(process.argv))
  .catch((error) => {
    process.stderr.write(
      `codeguardian: could not start (${error?.message ?? error}). Run \`npm run build\` first.\n`,
    );
    process.exitCode = 3;
  });
