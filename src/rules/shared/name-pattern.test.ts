import { describe, expect, it } from "vitest";
import {
  NOT_AFTER_NAME,
  NOT_AFTER_NAME_OR_DOT,
  NOT_BEFORE_NAME,
  dottedNamePattern,
  namePattern,
} from "./name-pattern.js";

describe("namePattern", () => {
  const whole = (name: string): RegExp =>
    new RegExp(`${NOT_AFTER_NAME}${namePattern(name)}${NOT_BEFORE_NAME}`);

  it.each([
    ["handler", "x = handler(req)", true],
    ["$el", "const y = $el.find()", true],
    ["_x1", "f(_x1)", true],
    ["café", "café()", true],
    ["handler", "myhandler()", false],
    ["handler", "handler2()", false],
    ["el", "$el()", false],
    ["el", "éel()", false],
  ])("finds %s in %s as a whole name: %s", (name, text, found) => {
    expect(whole(name).test(text)).toBe(found);
  });

  it.each(["a.b", "a b", "(", "", "a|b", "x*"])("splices no text that is not a name (%j)", (name) => {
    expect(namePattern(name)).toBe("(?!)");
    expect(new RegExp(namePattern(name)).test(`${name} a.b a|b x*`)).toBe(false);
  });
});

describe("dottedNamePattern", () => {
  const whole = (name: string): RegExp =>
    new RegExp(`${NOT_AFTER_NAME_OR_DOT}${dottedNamePattern(name)}${NOT_BEFORE_NAME}`);

  it.each([
    ["request.path", "if request.path[1] == '/':", true],
    ["url", "url.origin === HOST", true],
    ["$scope.url", "f($scope.url)", true],
    ["request.path", "requestXpath[1]", false],
    ["request.path", "self.request.path", false],
    ["request.path", "request.paths", false],
  ])("finds %s in %s as a whole dotted name: %s", (name, text, found) => {
    expect(whole(name).test(text)).toBe(found);
  });

  it.each(["a..b", ".a", "a.", "a b", "a(b)", "", "a|b", "a.*"])(
    "splices no text that is not a dotted name (%j)",
    (name) => {
      expect(dottedNamePattern(name)).toBe("(?!)");
      expect(new RegExp(dottedNamePattern(name)).test(`${name} a.b a|b x*`)).toBe(false);
    },
  );
});
