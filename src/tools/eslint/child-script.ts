/**
 * The program a child Node process runs to lint one batch (`node
 * --input-type=module -e <this>`). ESLint runs in a child, not in
 * CodeGuardian's own process, so a parser stuck on a hostile file can be
 * killed at the time limit. The job (files with their text, rules, module
 * URLs) arrives as JSON on stdin; results leave as JSON on stdout. With our
 * own configuration (`overrideConfigFile: true`) ESLint never looks for the
 * repository's eslint.config.js, which is code; inline `eslint-disable` and
 * `eslint` comments are ignored too, since they were written for another rule set.
 */
/** Marks the one line of stderr that says why the child failed. */
export const CHILD_ERROR_PREFIX = "codeguardian-eslint-error: ";

export const ESLINT_CHILD_SCRIPT = `
try {
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const job = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const { ESLint } = await import(job.eslintUrl);
let eslint;
if (job.useProjectConfig) {
  eslint = new ESLint({ cwd: job.cwd });
} else {
  const { parser } = await import(job.typescriptEslintUrl);
  const common = { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" }, rules: job.rules };
  eslint = new ESLint({
    cwd: job.cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.js", "**/*.mjs", "**/*.jsx"], languageOptions: { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } }, ...common },
      { files: ["**/*.cjs"], languageOptions: { ecmaVersion: "latest", sourceType: "commonjs" }, ...common },
      { files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"], languageOptions: { parser }, ...common },
    ],
  });
}
const out = [];
for (const file of job.files) {
  // Loading the configuration fails the whole run (outside the per-file catch below).
  await eslint.calculateConfigForFile(file.absolutePath);
  let results;
  try {
    results = await eslint.lintText(file.text, { filePath: file.absolutePath, warnIgnored: false });
  } catch (error) {
    // A rule or parser that throws on one file must not cost the other files.
    const message = "ESLint failed on this file: " + String(error?.message ?? error).split("\\n")[0];
    out.push({ path: file.path, ignored: false, messages: [{ ruleId: null, severity: 2, message, line: 1, column: 1, endLine: null, endColumn: null, fatal: true }] });
    continue;
  }
  if (results.length === 0) out.push({ path: file.path, ignored: true, messages: [] });
  for (const result of results) {
    out.push({
      path: file.path,
      ignored: false,
      messages: result.messages.map((m) => ({
        ruleId: m.ruleId ?? null,
        severity: m.severity,
        message: m.message,
        line: m.line ?? 1,
        column: m.column ?? 1,
        endLine: m.endLine ?? null,
        endColumn: m.endColumn ?? null,
        fatal: m.fatal === true,
      })),
    });
  }
}
process.stdout.write(JSON.stringify(out));
} catch (error) {
  process.stderr.write("${CHILD_ERROR_PREFIX}" + String(error?.message ?? error).split("\\n")[0] + "\\n");
  process.exitCode = 2;
}
`;
