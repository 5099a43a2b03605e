import { EXIT, type ExitCode } from "../core/errors.js";
import { CodeGuardianError } from "../core/errors.js";
import { builtinRuleMetas } from "../rules/registry.js";
import type { Io } from "./io.js";

/** `codeguardian rules`: the built-in rules as a table or JSON. */
export function rulesCommand(options: { json?: boolean; language?: string }, io: Io): ExitCode {
  const metas = builtinRuleMetas().filter(
    (m) => options.language === undefined || (m.languages as readonly string[]).includes(options.language),
  );
  if (options.language !== undefined && metas.length === 0) {
    throw new CodeGuardianError("CG_USAGE", `no built-in rules for language "${options.language}"`);
  }
  if (options.json) {
    io.stdout.write(`${JSON.stringify(metas, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = metas.map((m) => [m.id, m.severity, m.category, m.cwe[0] ?? "", m.title]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 4));
  for (const row of rows) {
    io.stdout.write(`${row.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join("  ")}\n`);
  }
  io.stdout.write(`\n${metas.length} rules. Documentation: docs/rules/\n`);
  return EXIT.ok;
}
