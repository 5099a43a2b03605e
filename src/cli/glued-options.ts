import type { Command, Option } from "commander";
import { CodeGuardianError } from "../core/errors.js";

/**
 * The rule for arguments that start with "-": before "--" they are options,
 * and a short option takes its value as the next argument only (`-o
 * report.json`, or `--out=report.json`). A value glued to a short option
 * (`-oreport.json`) or a bundle of short flags (`-yc`) is refused. Programs
 * that run `codeguardian review <url>` for someone else pass that text as
 * one argument; glued, `-oProxyCommand=…` would otherwise be read as `--out`
 * and write a file of that name, `-c<path>` would load an operator config.
 * A target that really starts with "-" goes after "--".
 */
export function refuseGluedShortOptions(program: Command, args: readonly string[]): void {
  let options: readonly Option[] = program.options;
  const find = (flag: string): Option | undefined => options.find((o) => o.short === flag || o.long === flag);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") return;
    const command = program.commands.find((c) => c.name() === arg);
    // From the command's name on its own options count too (global ones may come before it).
    if (command !== undefined && options === program.options)
      options = [...program.options, ...command.options];
    if (!arg.startsWith("-") || arg === "-") continue;
    if (!arg.startsWith("--") && arg.length > 2) {
      throw new CodeGuardianError(
        "CG_USAGE",
        `"${arg}" reads as the option ${arg.slice(0, 2)} with a value glued on, which is not accepted`,
        {
          hint: `Give the value as the next argument (${arg.slice(0, 2)} <value>) or use the long option with "="; put a target that starts with "-" after "--".`,
        },
      );
    }
    const option = arg.includes("=") ? undefined : find(arg);
    const next = args[i + 1];
    // Skip the option's value, so a value that starts with "-" is not read as an option.
    if (
      option?.required === true ||
      (option?.optional === true && next !== undefined && !next.startsWith("-"))
    )
      i++;
  }
}
