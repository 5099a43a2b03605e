import { describe, expect, it } from "vitest";
import { htmlPath, markdownPath, terminalPath } from "./path-text.js";

describe("path text per format", () => {
  it.each([
    ["plain.py", "plain.py"],
    ["new\nline.py", "new<U+000A>line.py"],
    ["t\tab.py", "t<U+0009>ab.py"],
    ["cr\r.py", "cr<U+000D>.py"],
    ["esc\u001b[2J.py", "esc<U+001B>[2J.py"],
    ["rtl\u202egnp.py", "rtl<U+202E>gnp.py"],
    ["c1\u0085.py", "c1<U+0085>.py"],
  ])("terminal: %j → %s", (path, shown) => {
    expect(terminalPath(path)).toBe(shown);
  });

  it("Markdown: one code span, pipes escaped in tables, a suffix inside the span", () => {
    expect(markdownPath("new\nline.py")).toBe("`new<U+000A>line.py`");
    expect(markdownPath("a|b`c.py", ":3", true)).toBe("``a\\|b`c.py:3``");
  });

  it("HTML: markers, then entities", () => {
    expect(htmlPath('<img src=x>\n".py')).toBe("&lt;img src=x&gt;&lt;U+000A&gt;&quot;.py");
  });
});
