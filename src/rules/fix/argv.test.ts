import { describe, expect, it } from "vitest";
import { parseSource } from "../parse.js";
import { commandArgv } from "./js-argv.js";
import { queryParts } from "./js-sql.js";
import { commandWords } from "./python-argv.js";

/** The command expression of `x = <code>` in Python. */
function pythonCommand(code: string) {
  const root = parseSource("python", `x = ${code}\n`).root;
  return root.find({ rule: { kind: "assignment" } })!.field("right")!;
}

/** The command expression of `x = <code>` in JavaScript. */
function jsCommand(code: string) {
  const root = parseSource("javascript", `x = ${code};\n`).root;
  return root.find({ rule: { kind: "assignment_expression" } })!.field("right")!;
}

describe("commandWords (Python): the argument list a shell would have made", () => {
  const cases: readonly [string, string[] | undefined][] = [
    [`"ls -l " + name`, [`"ls"`, `"-l"`, "name"]],
    [`f"dig +short {domain} {rtype}"`, [`"dig"`, `"+short"`, "domain", "rtype"]],
    [`f"git archive --format={fmt} {ref}"`, [`"git"`, `"archive"`, `f"--format={fmt}"`, "ref"]],
    [`"ping -c %s -W 2 %s" % (count, host)`, [`"ping"`, `"-c"`, "count", `"-W"`, `"2"`, "host"]],
    [`"cp " + a + " " + b`, [`"cp"`, "a", "b"]],
    [`"ls -l"`, undefined],
    [`f"{tool} --help {x}"`, undefined],
    [`f"grep {w} app.log | head"`, undefined],
    [`f"echo '{w}'"`, undefined],
    [`f"echo {w!r}"`, undefined],
    [`f"echo $HOME {w}"`, undefined],
    [`"ping -c %d %s" % (n, host)`, undefined],
    [`"ping %s %s" % (host,)`, undefined],
  ];
  for (const [code, expected] of cases)
    it(code, () => expect(commandWords(pythonCommand(code))).toEqual(expected));
});

describe("commandArgv (JavaScript): program and arguments", () => {
  const cases: readonly [string, { file: string; args: string[] } | undefined][] = [
    ["`ping -c ${n} ${host}`", { file: `"ping"`, args: [`"-c"`, "n", "host"] }],
    ["`tar -czf out/${label}.tgz ${dir}`", { file: `"tar"`, args: [`"-czf"`, "`out/${label}.tgz`", "dir"] }],
    [`"convert " + src + " out.png"`, { file: `"convert"`, args: ["src", `"out.png"`] }],
    ["`${bin} -v ${x}`", undefined],
    ["`grep ${q} | wc -l`", undefined],
    ['`echo "${q}"`', undefined],
    [`"ls -l"`, undefined],
  ];
  for (const [code, expected] of cases)
    it(code, () => expect(commandArgv(queryParts(jsCommand(code))?.parts ?? [])).toEqual(expected));
});
