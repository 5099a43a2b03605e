/**
 * Property-based fuzzing of the config loader (src/config/): a repository's
 * `.codeguardian.yml` is untrusted input (docs/configuration.md). Whatever the
 * text, parsing, validating and folding it over the defaults either yields a
 * frozen config or throws a CodeGuardianError with a config code; it never
 * throws anything else, never changes Object.prototype, never lets the
 * repository set an operator-only key, and returns quickly.
 */
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { KNOWN_ANALYSERS, OPERATOR_ONLY_KEYS, type ResolvedConfig } from "../../src/core/config.js";
import { isCodeGuardianError } from "../../src/core/errors.js";
import { parseConfigText, validateConfig, type ConfigTrust } from "../../src/config/parse-config.js";
import { resolveConfig } from "../../src/config/resolve-config.js";
import { fuzzParams, fuzzTimeout } from "./fuzz-params.js";

type Outcome =
  | { readonly kind: "config"; readonly config: ResolvedConfig }
  | { readonly kind: "coded"; readonly code: string; readonly message: string }
  | { readonly kind: "other"; readonly error: unknown };

/** What `codeguardian review` does with a repository config file: parse, validate, fold. */
function loadText(text: string, trust: ConfigTrust = "repository"): Outcome {
  return outcomeOf(() => parseConfigText(text, ".codeguardian.yml", trust));
}

function loadData(data: unknown, trust: ConfigTrust = "repository"): Outcome {
  return outcomeOf(() => validateConfig(data, ".codeguardian.yml", trust));
}

function outcomeOf(parse: () => ReturnType<typeof validateConfig>): Outcome {
  try {
    const input = parse();
    return { kind: "config", config: resolveConfig([{ source: ".codeguardian.yml", input }]) };
  } catch (error) {
    if (isCodeGuardianError(error)) return { kind: "coded", code: error.code, message: error.message };
    return { kind: "other", error };
  }
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function assertSafeOutcome(outcome: Outcome): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).command).toBeUndefined();
  if (outcome.kind === "other") {
    throw new Error(`uncoded error escaped the config loader: ${String(outcome.error)}`, {
      cause: outcome.error,
    });
  }
  if (outcome.kind === "coded") {
    expect(["CG_CONFIG_INVALID", "CG_CONFIG_OPERATOR_ONLY"]).toContain(outcome.code);
    return;
  }
  expect(Object.isFrozen(outcome.config)).toBe(true);
  expect(Object.isFrozen(outcome.config.limits)).toBe(true);
}

// ---- arbitraries ---------------------------------------------------------

const SCHEMA_KEYS = [
  "include",
  "exclude",
  "analysers",
  "rules",
  "fail_on",
  "formats",
  "min_confidence",
  "limits",
  "llm",
  "enabled",
  "severity",
  "timeout_seconds",
  "use_project_config",
  "command",
  "configs",
  "provider",
  "base_url",
  "api_key",
  "agents",
  "budget",
  "max_tokens_per_file",
  "max_file_bytes",
  "max_line_length",
  "analyser_timeout_seconds",
  "clone_timeout_seconds",
  "clone_max_bytes",
  ...Object.keys(KNOWN_ANALYSERS),
  "py/weak-hash",
  "js/code-injection",
];
const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "<<",
  "",
];

const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SCHEMA_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "binary" }) },
);

const leafArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("off", false, true, "critical", "high", "medium", "low", "info", "none", "json", "sarif"),
  fc.constantFrom(0, -0, 1, -1, 0.5, 1e308, -1e308, 2 ** 53 + 2, 1e11, Number.MIN_VALUE),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 12, unit: "binary" }),
  fc.constant(null),
);

/** A JSON-like tree whose maps are built with defineProperty, so `__proto__` is an own key as YAML makes it. */
type Tree = unknown;
const { tree } = fc.letrec<{ tree: Tree; map: Tree; list: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leafArb, tie("map"), tie("list")),
  map: fc.array(fc.tuple(keyArb, tie("tree")), { maxLength: 5 }).map((entries) => ownMap(entries)),
  list: fc.array(tie("tree"), { maxLength: 4 }),
}));

function ownMap(entries: readonly [string, unknown][]): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return map;
}

/** Pieces YAML's grammar gives meaning to, for text that is nearly YAML. */
const YAML_PIECES = [
  ": ",
  ":",
  "- ",
  "\n",
  "\n  ",
  "\n    ",
  "\r\n",
  "\r",
  "\t",
  " ",
  "{",
  "}",
  "[",
  "]",
  ", ",
  "&a ",
  "*a",
  "&b ",
  "*b",
  "<<: *a",
  "!!map ",
  "!!str ",
  "!!binary ",
  "!!js/function ",
  "!custom ",
  "!<tag:yaml.org,2002:set> ",
  "? ",
  "|",
  ">-",
  "'",
  '"',
  "\\u0000",
  "# ",
  "---\n",
  "...\n",
  "%YAML 1.1\n",
  "%TAG ! tag:x,2000:\n",
  ".inf",
  "-.inf",
  ".nan",
  "~",
  "null",
  "0x7fffffffffffffff",
  "1e999",
  "99999999999999999999999",
  "0o777",
  "1_000",
  "yes",
  "\uFEFF",
  "\u2028",
];

const yamlishArb = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...YAML_PIECES) },
      { weight: 4, arbitrary: fc.constantFrom(...SCHEMA_KEYS, ...HOSTILE_KEYS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "grapheme" }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

/** Alias bombs: `levels` anchors, each a list of `width` references to the one before. */
const aliasBombArb = fc
  .record({ levels: fc.integer({ min: 1, max: 9 }), width: fc.integer({ min: 1, max: 9 }) })
  .map(({ levels, width }) => aliasBomb(levels, width));

function aliasBomb(levels: number, width: number): string {
  const lines = ['a0: &a0 ["lol"]'];
  for (let i = 1; i < levels; i++) {
    lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(", ")}]`);
  }
  lines.push(`exclude: *a${levels - 1}`);
  return lines.join("\n");
}

/** Every dotted path of own keys in a tree, as the repository wrote it. */
function pathsIn(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [path];
  const keys = Object.keys(value);
  if (keys.length === 0) return [path];
  return keys.flatMap((key) => [path, ...pathsIn((value as Record<string, unknown>)[key], [...path, key])]);
}

function isOperatorOnly(path: readonly string[]): boolean {
  return OPERATOR_ONLY_KEYS.some((pattern) => {
    const parts = pattern.split(".");
    return parts.length === path.length && parts.every((part, i) => part === "*" || part === path[i]);
  });
}

// ---- properties ----------------------------------------------------------

describe("fuzz: config loader", () => {
  it(
    "near-YAML text gives a frozen config or a coded config error, nothing else",
    () => {
      fc.assert(
        fc.property(yamlishArb, fc.constantFrom<ConfigTrust>("repository", "operator"), (text, trust) => {
          const started = performance.now();
          assertSafeOutcome(loadText(text, trust));
          expect(performance.now() - started).toBeLessThan(2_000);
        }),
        fuzzParams(),
      );
    },
    fuzzTimeout(),
  );

  it(
    "JSON-like trees (prototype keys, huge numbers, wrong types) give a config or a coded error, via YAML and directly",
    () => {
      fc.assert(
        fc.property(tree, (data) => {
          assertSafeOutcome(loadData(data));
          // Shared subtrees become anchors and aliases in the YAML form.
          assertSafeOutcome(loadText(stringify(data, { aliasDuplicateObjects: true })));
        }),
        fuzzParams(),
      );
    },
    fuzzTimeout(),
  );

  it(
    "a repository config is refused whenever it names an operator-only key, under any analyser id",
    () => {
      // An operator-only path planted in a random tree, under any analyser id, prototype keys (2.4) included.
      const idArb = fc.oneof(fc.constantFrom(...SCHEMA_KEYS, ...HOSTILE_KEYS), fc.string({ maxLength: 8 }));
      const withOperatorKey = fc
        .tuple(fc.constantFrom(...OPERATOR_ONLY_KEYS), idArb, leafArb, fc.array(fc.tuple(keyArb, tree)))
        .map(([pattern, id, value, noise]) => {
          const [top = "", ...rest] = pattern.split(".").map((part) => (part === "*" ? id : part));
          const planted = rest.reduceRight<unknown>((inner, key) => ownMap([[key, inner]]), value);
          return ownMap([...noise, [top, planted]]);
        });
      fc.assert(
        fc.property(withOperatorKey, (data) => {
          const outcome = loadData(data);
          if (outcome.kind === "config") {
            const named = pathsIn(data).find(isOperatorOnly)?.join(".");
            throw new Error(`accepted a repository config naming ${named}`);
          }
        }),
        fuzzParams(),
      );
    },
    fuzzTimeout(),
  );

  it(
    "alias bombs are refused with a coded error or expanded within bounds",
    () => {
      fc.assert(
        fc.property(aliasBombArb, (text) => {
          const started = performance.now();
          assertSafeOutcome(loadText(text));
          expect(performance.now() - started).toBeLessThan(2_000);
        }),
        fuzzParams(0.1),
      );
    },
    fuzzTimeout(),
  );
});

describe("fuzz regressions: config loader", () => {
  const control = "exclude: [a, b]\n";

  it("control: a plain repository config loads", () => {
    expect(loadText(control).kind).toBe("config");
  });

  it("2.6: an alias bomb is a coded config error (exit 2), not an internal error", () => {
    const outcome = loadText(aliasBomb(9, 9));
    expect(outcome).toMatchObject({ kind: "coded", code: "CG_CONFIG_INVALID" });
  });

  // Found by this fuzzer.
  it("2.6: an alias to an anchor never set (`<<: *a`) is a coded config error, not an internal error", () => {
    expect(loadText("<<: &a {}\nexclude: [x]\n").kind).not.toBe("other");
    expect(loadText("<<: *a")).toMatchObject({ kind: "coded", code: "CG_CONFIG_INVALID" });
  });

  it("2.4: `analysers: {__proto__: {command: …}}` is refused, naming the key path", () => {
    expect(loadText("analysers:\n  bandit:\n    command: /bin/true\n")).toMatchObject({
      code: "CG_CONFIG_OPERATOR_ONLY",
    });
    const outcome = loadText("analysers:\n  __proto__:\n    command: /bin/true\n");
    expect(outcome).toMatchObject({ kind: "coded", code: "CG_CONFIG_INVALID" });
    expect(outcome.kind === "coded" ? outcome.message : "").toContain('"analysers.__proto__"');
  });

  it("2.4: `analysers: {constructor: {enabled: false}}` is refused as an unknown analyser", () => {
    expect(loadText("analysers:\n  nosuch:\n    enabled: false\n")).toMatchObject({ kind: "coded" });
    expect(loadText("analysers:\n  constructor:\n    enabled: false\n")).toMatchObject({
      kind: "coded",
      code: "CG_CONFIG_INVALID",
    });
  });
});
