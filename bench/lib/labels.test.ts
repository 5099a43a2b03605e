import { describe, expect, it } from "vitest";
import { parseLabels, withoutLabels } from "./labels.js";

describe("parseLabels", () => {
  const cases = [
    {
      name: "python trailing label",
      language: "python" as const,
      text: "x = 1\ncur.execute(q)  # cg-expect: CWE-89\n",
      labels: [{ file: "f", line: 2, cwe: "CWE-89" }],
      problems: 0,
    },
    {
      name: "js label with two CWEs",
      language: "js" as const,
      text: "db.find(q); // cg-expect: CWE-943, CWE-89",
      labels: [
        { file: "f", line: 1, cwe: "CWE-943" },
        { file: "f", line: 1, cwe: "CWE-89" },
      ],
      problems: 0,
    },
    {
      name: "CRLF line ending",
      language: "js" as const,
      text: "a();\r\neval(x); // cg-expect: CWE-94\r\n",
      labels: [{ file: "f", line: 2, cwe: "CWE-94" }],
      problems: 0,
    },
    { name: "no label", language: "python" as const, text: "print('hi')\n", labels: [], problems: 0 },
    {
      name: "wrong comment marker for the language",
      language: "python" as const,
      text: "eval(x)  // cg-expect: CWE-94",
      labels: [],
      problems: 1,
    },
    {
      name: "missing colon",
      language: "js" as const,
      text: "eval(x); // cg-expect CWE-94",
      labels: [],
      problems: 1,
    },
    {
      name: "bare number",
      language: "js" as const,
      text: "eval(x); // cg-expect: 94",
      labels: [],
      problems: 1,
    },
    {
      name: "label on a line of its own",
      language: "python" as const,
      text: "# cg-expect: CWE-94\neval(x)",
      labels: [],
      problems: 1,
    },
  ];
  it.each(cases)("$name", ({ language, text, labels, problems }) => {
    const parsed = parseLabels(text, language, "f");
    expect(parsed.labels).toEqual(labels);
    expect(parsed.problems).toHaveLength(problems);
  });
});

describe("withoutLabels", () => {
  it("cuts a label comment off its line and keeps every line where it was", () => {
    const text = 'out = check_output(  # cg-expect: CWE-78\n    "ping %s" % host,\n)  # a note\n';
    expect(withoutLabels(text, "python")).toBe('out = check_output(\n    "ping %s" % host,\n)  # a note\n');
  });

  it("leaves a marker that is not in a comment of the language alone", () => {
    const text = 'exec(cmd, (err) => { // cg-expect: CWE-78\r\nconst s = "cg-expect";\n';
    expect(withoutLabels(text, "js")).toBe('exec(cmd, (err) => {\r\nconst s = "cg-expect";\n');
  });
});
