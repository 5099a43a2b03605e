import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { CodeGuardianError } from "../core/errors.js";
import { refuseGluedShortOptions } from "./glued-options.js";

function program(): Command {
  const root = new Command("codeguardian").option("--debug");
  root
    .command("review")
    .argument("[targets...]")
    .option("-o, --out <path>")
    .option("-f, --format <formats...>")
    .option("--py-compile [python]")
    .option("--no-store");
  root.command("fix").option("-y, --yes");
  return root;
}

describe("refuseGluedShortOptions", () => {
  it.each([
    ["a value as the next argument", ["review", "-o", "report.json", "."]],
    ["a long option with =", ["review", "--out=-odd.json"]],
    ["a value that starts with '-'", ["review", "-o", "-oStill=value"]],
    ["an optional value", ["review", "--py-compile", "python3.12", "."]],
    ["a global option before the command", ["--debug", "review", "-o", "-x"]],
    ["a target after --", ["review", "--", "-oProxyCommand=x", "-rf.py"]],
    ["a lone dash", ["review", "-"]],
  ])("accepts %s", (_, args) => {
    expect(() => refuseGluedShortOptions(program(), args)).not.toThrow();
  });

  it.each([
    ["a value glued to -o", ["review", "-oProxyCommand=touch x:y"], "-o"],
    ["a value glued to -f", ["review", ".", "-fjson"], "-f"],
    ["a bundle of short flags", ["fix", "-yy"], "-y"],
    ["a glued value after an optional one", ["review", "--py-compile", "-oX"], "-o"],
  ])("refuses %s", (_, args, option) => {
    let thrown: unknown;
    try {
      refuseGluedShortOptions(program(), args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodeGuardianError);
    const error = thrown as CodeGuardianError;
    expect([error.code, error.exitCode]).toEqual(["CG_USAGE", 2]);
    expect(error.message).toContain(`option ${option} `);
  });
});
