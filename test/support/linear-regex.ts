/**
 * Proves that a JavaScript regular expression cannot backtrack super-linearly
 * under V8's backtracking engine, searching the whole text (every start
 * position) as `exec`, `test`, `match`, `replace` and `split` do.
 *
 * The pattern becomes a position automaton (one state per character-consuming
 * atom, as in Glushkov's construction) whose edges keep how many distinct
 * routes the engine has between two atoms, so `(a+)+` keeps its two routes
 * from `a` back to `a`. An unanchored search is the pattern behind `[^]*`
 * (each start position the engine tries is one more character for that loop),
 * narrowed to `(?:[^]*[L])?` when every alternative starts with an assertion
 * about the character before it (`^` with `m`, `\b` before a word, a
 * one-character lookbehind). A backtracking engine explores every path of this
 * automaton over the text, so its work is linear in the text exactly when the
 * number of paths over any text is bounded: the automaton must be finitely
 * ambiguous. The two classic witnesses of infinite ambiguity are checked:
 *
 * - exponential: a state with two different cycles over the same text (in the
 *   product automaton, a strongly connected component holding a diagonal pair
 *   and an off-diagonal pair or a doubled edge);
 * - polynomial: two states p ≠ q and one text w that leads p to p, p to q and
 *   q to q (a path from (p, p, q) to (p, q, q) in the triple product).
 *
 * Everything the model cannot see is made stricter, never looser: assertions
 * other than the leading one are free steps, a bounded repeat over four is an
 * unbounded one, a Unicode property or set expression is every code point, a
 * backreference is any text; a lookaround or backreference whose text is
 * unbounded is refused outright (its cost is not counted by the automaton).
 */
import { RegExpParser, type AST } from "@eslint-community/regexpp";
import { ambiguity } from "./ambiguity.js";
import {
  ALL,
  DIGIT,
  EMPTY,
  LINE_TERMINATORS,
  SPACE,
  WORD,
  caseFolded,
  complement,
  intersection,
  MAX_CODE_POINT,
  intersects,
  isSubset,
  union,
  type CharSet,
} from "./char-sets.js";

/**
 * Stands for a name spliced in by `namePattern(…)` (src/rules/shared/name-pattern.ts):
 * test/support/regex-sources.ts puts it where the call is. That function
 * splices a literal run of one or more identifier characters (`[\w$]` and
 * every code unit above U+007F that is not a blank) or a pattern that
 * matches nothing.
 *
 * The run is checked as a loop over those characters (NAME_CHARACTERS),
 * which never ends the pattern. That is sound for every name: a literal of k
 * characters is a chain of k atoms, and each route of the engine through the
 * chain over a text is a route through the loop over the same text (atom i of
 * the chain to the loop, the chain's steps to the loop's own step). Two
 * different routes through the chain stay different through the loop: where
 * they were at different atoms of the chain, they entered it at different
 * times, so one was outside the loop when the other was in it. So the loop
 * has at least as many routes over any text as the chain, and a bounded
 * number there bounds the chain's. The loop may end anywhere the chain may
 * not, so it is never taken as a place where the pattern cannot fail. A
 * pattern that matches nothing only cuts routes short.
 */
export const NAME_HOLE = "\uE000";
const NAME_CHARACTERS: CharSet = union(
  WORD,
  [[0x24, 0x24]],
  intersection([[0x80, 0xffff]], complement(SPACE)),
);

/**
 * Stands for a dotted name spliced by `dottedNamePattern(…)` (the same file):
 * a literal of identifier characters and dots, or a pattern that matches
 * nothing. It is checked as a loop over those characters and the dot, for
 * the reason NAME_HOLE gives: the argument holds for a literal over any set
 * of characters the loop reads.
 */
export const DOTTED_NAME_HOLE = "\uE001";
const DOTTED_NAME_CHARACTERS: CharSet = union(NAME_CHARACTERS, [[0x2e, 0x2e]]);

/** The characters each hole's loop reads, by the code point that stands for it. */
const HOLES: ReadonlyMap<number, readonly [CharSet, string]> = new Map([
  [NAME_HOLE.codePointAt(0)!, [NAME_CHARACTERS, "(name)"]],
  [DOTTED_NAME_HOLE.codePointAt(0)!, [DOTTED_NAME_CHARACTERS, "(dotted name)"]],
]);

export type Verdict = { readonly linear: true } | { readonly linear: false; readonly reason: string };

/** Routes to each state, capped at 2: only "one" and "more than one" matter. */
type Counts = Map<number, number>;

/** What a sub-pattern contributes: where it can start and end, and in how many ways it matches nothing. */
interface Summary {
  readonly first: Counts;
  readonly last: Counts;
  readonly empty: number;
  /**
   * The states after which the sub-pattern can end with nothing left to
   * check but assertions about the next character, with the next characters
   * those assertions accept (the end of the text is always accepted: only `$`
   * counts as such an assertion).
   */
  readonly ends: Ends;
  /** The next characters on which the sub-pattern matches nothing that way; undefined when it cannot. */
  readonly emptyAllows: CharSet | undefined;
  /** First states reached only past an assertion, last states left only past one, and whether matching nothing passes one. */
  readonly firstGuarded?: ReadonlySet<number>;
  readonly lastGuarded?: ReadonlySet<number>;
  readonly emptyGuarded?: boolean;
}

const NONE: ReadonlySet<number> = new Set();
const joinSets = (...sets: (ReadonlySet<number> | undefined)[]): ReadonlySet<number> =>
  new Set(sets.flatMap((x) => [...(x ?? NONE)]));

type Ends = Map<number, CharSet>;

function joinEnds(a: Ends, b: Ends, narrow: CharSet = ALL): Ends {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, union(out.get(k) ?? EMPTY, intersection(v, narrow)));
  return out;
}

/** A bounded repeat up to this count is unrolled; above it, it is checked as unbounded. */
const UNROLL_LIMIT = 4;
/** The copies a repeat must match (`x{8,}`) are unrolled up to this count; above it, they are checked as one. */
const MIN_UNROLL_LIMIT = 16;

class Refused extends Error {}

const cap = (n: number): number => Math.min(n, 2);
const NOTHING: Summary = { first: new Map(), last: new Map(), empty: 1, ends: new Map(), emptyAllows: ALL };
/** A zero-width assertion: it matches nothing, but not for free. */
const CHECK: Summary = { ...NOTHING, emptyAllows: undefined, emptyGuarded: true };

function plus(a: Counts, b: Counts, times = 1): Counts {
  const out = new Map(a);
  if (times === 0) return out;
  for (const [k, v] of b) out.set(k, cap((out.get(k) ?? 0) + v * times));
  return out;
}

interface Flags {
  readonly unicode?: boolean;
  readonly ignoreCase: boolean;
  readonly dotAll: boolean;
  readonly multiline: boolean;
}

class Automaton {
  readonly sets: CharSet[] = [];
  readonly names: string[] = [];
  readonly follow: Counts[] = [];
  /**
   * States with an edge that passes an assertion other than `$` (`\b`, a
   * lookaround): the engine may refuse that edge where the automaton shows it,
   * so such a state is never read as unable to fail.
   */
  readonly guardedFrom = new Set<number>();

  position(set: CharSet, name: string): Summary {
    const id = this.sets.push(set) - 1;
    this.names.push(name);
    this.follow.push(new Map());
    return {
      first: new Map([[id, 1]]),
      last: new Map([[id, 1]]),
      empty: 0,
      ends: new Map([[id, ALL]]),
      emptyAllows: undefined,
    };
  }

  link(from: Counts, to: Counts, guarded = (_x: number, _y: number): boolean => false): void {
    for (const [x, cx] of from) {
      this.follow[x] = plus(this.follow[x]!, to, cx);
      for (const y of to.keys()) if (guarded(x, y)) this.guardedFrom.add(x);
    }
  }

  sequence(a: Summary, b: Summary): Summary {
    this.link(a.last, b.first, (x, y) => (a.lastGuarded ?? NONE).has(x) || (b.firstGuarded ?? NONE).has(y));
    const firstAfter = a.empty > 0 ? (a.emptyGuarded ? new Set(b.first.keys()) : b.firstGuarded) : NONE;
    const lastBefore = b.empty > 0 ? (b.emptyGuarded ? new Set(a.last.keys()) : a.lastGuarded) : NONE;
    return {
      firstGuarded: joinSets(a.firstGuarded, firstAfter),
      lastGuarded: joinSets(b.lastGuarded, lastBefore),
      emptyGuarded: (a.emptyGuarded ?? false) || (b.emptyGuarded ?? false),
      first: plus(a.first, b.first, a.empty),
      last: plus(b.last, a.last, b.empty),
      empty: cap(a.empty * b.empty),
      ends: b.emptyAllows ? joinEnds(b.ends, a.ends, b.emptyAllows) : b.ends,
      emptyAllows: a.emptyAllows && b.emptyAllows && intersection(a.emptyAllows, b.emptyAllows),
    };
  }

  loop(body: Summary, min: number): Summary {
    this.link(
      body.last,
      body.first,
      (x, y) => (body.lastGuarded ?? NONE).has(x) || (body.firstGuarded ?? NONE).has(y),
    );
    // V8 ends a loop on an empty iteration, so a loop that may run zero times matches nothing in one way.
    return {
      ...body,
      empty: min === 0 ? 1 : body.empty,
      emptyAllows: min === 0 ? ALL : body.emptyAllows,
      // Zero iterations pass no assertion, and V8 refuses an iteration that matches nothing.
      emptyGuarded: min === 0 ? false : body.emptyGuarded,
    };
  }
}

function choice(parts: Summary[]): Summary {
  const none: Summary = {
    first: new Map(),
    last: new Map(),
    empty: 0,
    ends: new Map(),
    emptyAllows: undefined,
  };
  return parts.reduce(
    (acc, s) => ({
      first: plus(acc.first, s.first),
      last: plus(acc.last, s.last),
      empty: cap(acc.empty + s.empty),
      ends: joinEnds(acc.ends, s.ends),
      firstGuarded: joinSets(acc.firstGuarded, s.firstGuarded),
      lastGuarded: joinSets(acc.lastGuarded, s.lastGuarded),
      emptyGuarded: (acc.emptyGuarded ?? false) || (s.emptyGuarded ?? false),
      emptyAllows:
        acc.emptyAllows && s.emptyAllows
          ? union(acc.emptyAllows, s.emptyAllows)
          : (acc.emptyAllows ?? s.emptyAllows),
    }),
    none,
  );
}

/** A quantifier without an upper bound anywhere inside, or a backreference to such text. */
function unboundedInside(node: AST.Node): boolean {
  switch (node.type) {
    case "Quantifier":
      return node.max === Infinity || unboundedInside(node.element);
    case "Pattern":
    case "Group":
    case "CapturingGroup":
      return node.alternatives.some(unboundedInside);
    case "Assertion":
      return (
        (node.kind === "lookahead" || node.kind === "lookbehind") && node.alternatives.some(unboundedInside)
      );
    case "Alternative":
      return node.elements.some(unboundedInside);
    case "Backreference": {
      const groups = Array.isArray(node.resolved) ? node.resolved : [node.resolved];
      return groups.some(unboundedInside);
    }
    default:
      return false;
  }
}

/** The first element of a top-level alternative: it only narrows where the search starts (charBefore). */
function isLeading(node: AST.Assertion): boolean {
  const alt = node.parent;
  return alt.type === "Alternative" && alt.elements[0] === node && alt.parent.type === "Pattern";
}

class Compiler {
  constructor(
    readonly automaton: Automaton,
    readonly flags: Flags,
  ) {}

  alternatives(alts: readonly AST.Alternative[]): Summary {
    return choice(alts.map((alt) => this.alternative(alt)));
  }

  alternative(alt: AST.Alternative): Summary {
    return alt.elements.reduce((acc, e) => {
      const before = this.oneCharacterBefore(e);
      // A one-character lookbehind cuts the routes from atoms whose characters it refuses.
      const kept = before ? this.narrowLast(acc, before) : acc;
      return this.automaton.sequence(kept, this.element(e));
    }, NOTHING);
  }

  /** The characters a one-character lookbehind (`(?<![\w$])`, `(?<=\.)`) accepts before it, else undefined. */
  oneCharacterBefore(e: AST.Element): CharSet | undefined {
    if (e.type !== "Assertion" || e.kind !== "lookbehind" || e.alternatives.length !== 1) return undefined;
    const only = e.alternatives[0]!.elements;
    const atom = only.length === 1 ? only[0]! : undefined;
    if (
      !atom ||
      (atom.type !== "Character" && atom.type !== "CharacterSet" && atom.type !== "CharacterClass")
    )
      return undefined;
    const set = this.element(atom);
    const chars = this.automaton.sets[[...set.first.keys()][0]!]!;
    return e.negate ? complement(chars) : chars;
  }

  /** The summary without the last atoms none of whose characters `allowed` holds. */
  narrowLast(s: Summary, allowed: CharSet): Summary {
    const keep = (x: number): boolean => intersects(this.automaton.sets[x]!, allowed);
    return {
      ...s,
      last: new Map([...s.last].filter(([x]) => keep(x))),
      ends: new Map([...s.ends].filter(([x]) => keep(x))),
    };
  }

  element(node: AST.Element): Summary {
    switch (node.type) {
      case "Assertion":
        if ((node.kind === "lookahead" || node.kind === "lookbehind") && unboundedInside(node))
          throw new Refused(`lookaround with unbounded text: ${node.raw}`);
        if (node.kind === "end")
          return {
            ...CHECK,
            emptyGuarded: false,
            emptyAllows: this.flags.multiline ? LINE_TERMINATORS : EMPTY,
          };
        // A leading assertion narrows the start positions instead (charBefore).
        return isLeading(node) ? { ...CHECK, emptyGuarded: false } : CHECK;
      case "Quantifier":
        return this.quantifier(node);
      case "Group":
        // An inline modifier may switch `i`, `s` or `m`: take the widest sets and the narrowest `$`.
        return node.modifiers
          ? new Compiler(this.automaton, {
              unicode: this.flags.unicode,
              ignoreCase: true,
              dotAll: true,
              multiline: false,
            }).alternatives(node.alternatives)
          : this.alternatives(node.alternatives);
      case "CapturingGroup":
        return this.alternatives(node.alternatives);
      case "Backreference": {
        const one = this.oneCharacter(node);
        // A group of one character (a quote): the backreference is one more character of that set.
        if (one)
          return { ...this.automaton.position(one, node.raw), ends: new Map(), emptyAllows: undefined };
        if (unboundedInside(node)) throw new Refused(`backreference to unbounded text: ${node.raw}`);
        // Bounded, but of any length up to the group's: any text, as a loop, which may fail anywhere.
        return {
          ...this.automaton.loop(this.automaton.position(ALL, node.raw), 0),
          ends: new Map(),
          emptyAllows: undefined,
        };
      }
      case "Character": {
        const hole = HOLES.get(node.value);
        if (hole) {
          if (this.flags.unicode) throw new Refused("a spliced name in a Unicode pattern");
          const name = this.automaton.loop(this.automaton.position(this.fold(hole[0]), hole[1]), 1);
          return { ...name, ends: new Map(), emptyAllows: undefined };
        }
        return this.automaton.position(this.fold([[node.value, node.value]]), node.raw);
      }
      case "CharacterSet":
        return this.automaton.position(this.characterSet(node), node.raw);
      case "CharacterClass":
      case "ExpressionCharacterClass":
        return this.automaton.position(this.characterClass(node), node.raw);
    }
  }

  /** The characters of a backreference whose groups each match exactly one character, else undefined. */
  oneCharacter(node: AST.Backreference): CharSet | undefined {
    const groups = Array.isArray(node.resolved) ? node.resolved : [node.resolved];
    const atoms = groups.flatMap((g) =>
      g.alternatives.map((alt) => (alt.elements.length === 1 ? alt.elements[0] : undefined)),
    );
    const sets: CharSet[] = [];
    for (const atom of atoms) {
      if (atom?.type === "Character") sets.push(this.fold([[atom.value, atom.value]]));
      else if (atom?.type === "CharacterSet") sets.push(this.characterSet(atom));
      else if (atom?.type === "CharacterClass") sets.push(this.characterClass(atom));
      else return undefined;
    }
    return union(...sets);
  }

  quantifier(node: AST.Quantifier): Summary {
    const body = (): Summary => this.element(node.element);
    if (node.max > UNROLL_LIMIT) {
      // x{3,} is x x x+; x{2,100} is taken as x x+ (more paths, never fewer).
      if (node.min > MIN_UNROLL_LIMIT) {
        // Too many copies to unroll: one copy repeated, which could end too early, so it never ends the pattern.
        return { ...this.automaton.loop(body(), 1), ends: new Map(), emptyAllows: undefined };
      }
      let result = NOTHING;
      for (let i = 1; i < node.min; i++) result = this.automaton.sequence(result, body());
      return this.automaton.sequence(result, this.automaton.loop(body(), node.min));
    }
    let result = NOTHING;
    for (let i = 0; i < node.min; i++) result = this.automaton.sequence(result, body());
    // x{1,3} runs as x(x(x)?)?: each further copy is tried only after the one before it.
    let tail: Summary | undefined;
    for (let i = node.max - node.min; i > 0; i--) {
      const copy = body();
      const inner = tail ? this.automaton.sequence(copy, tail) : copy;
      tail = { ...inner, empty: cap(inner.empty + 1), emptyAllows: ALL };
    }
    return tail ? this.automaton.sequence(result, tail) : result;
  }

  fold(set: CharSet): CharSet {
    return this.flags.ignoreCase ? caseFolded(set) : set;
  }

  characterSet(node: AST.CharacterSet): CharSet {
    switch (node.kind) {
      case "any":
        return this.flags.dotAll ? ALL : complement(LINE_TERMINATORS);
      case "property":
        return ALL;
      default: {
        const base = node.kind === "digit" ? DIGIT : node.kind === "space" ? SPACE : this.fold(WORD);
        return node.negate ? complement(base) : base;
      }
    }
  }

  characterClass(node: AST.CharacterClass | AST.ExpressionCharacterClass): CharSet {
    if (node.type === "ExpressionCharacterClass") return ALL;
    const parts = node.elements.map((e): CharSet => {
      switch (e.type) {
        case "Character":
          if (HOLES.has(e.value)) throw new Refused("a spliced name in a character class");
          return this.fold([[e.value, e.value]]);
        case "CharacterClassRange":
          return this.fold([[e.min.value, e.max.value]]);
        case "CharacterSet":
          return this.characterSet(e);
        case "ClassStringDisjunction":
          throw new Refused(`string alternatives in a class: ${e.raw}`);
        default:
          return ALL;
      }
    });
    const set = union(...parts);
    return node.negate ? complement(set) : set;
  }
}

/**
 * The characters that may come just before a match of this alternative, from
 * its leading assertion; ALL when it says nothing. EMPTY means "only at the
 * start of the text".
 */
function charBefore(
  alt: AST.Alternative,
  flags: Flags & { multiline: boolean },
  rest: Summary,
  a: Automaton,
): CharSet {
  const head = alt.elements[0];
  if (!head || head.type !== "Assertion") return ALL;
  if (head.kind === "start") return flags.multiline ? LINE_TERMINATORS : EMPTY;
  if (head.kind === "lookbehind") {
    const only = head.alternatives.length === 1 ? head.alternatives[0]!.elements : [];
    const atom = only.length === 1 ? only[0]! : undefined;
    if (!atom || !["Character", "CharacterSet", "CharacterClass"].includes(atom.type)) return ALL;
    const scratch = new Automaton();
    const c = new Compiler(scratch, flags).element(atom);
    const set = scratch.sets[[...c.first.keys()][0]!]!;
    return head.negate ? complement(set) : set;
  }
  if (head.kind === "word" && !head.negate && rest.empty === 0) {
    const word = flags.ignoreCase ? caseFolded(WORD) : WORD;
    const firsts = [...rest.first.keys()].map((x) => a.sets[x]!);
    if (firsts.every((s) => isSubset(s, word))) return complement(word);
    if (firsts.every((s) => !intersects(s, word))) return word;
  }
  return ALL;
}

export function checkLinear(pattern: string, flagText: string): Verdict {
  const flags = {
    unicode: /[uv]/.test(flagText),
    ignoreCase: flagText.includes("i"),
    dotAll: flagText.includes("s"),
    multiline: flagText.includes("m"),
  };
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser().parsePattern(pattern, 0, pattern.length, {
      unicode: flagText.includes("u"),
      unicodeSets: flagText.includes("v"),
    });
  } catch (e) {
    return { linear: false, reason: `does not parse: ${(e as Error).message}` };
  }
  // The search tries each top-level alternative at each start, so it is linear when each alternative's own search is.
  if (ast.alternatives.length > 1 && !flagText.includes("y") && !/\\\d|\\k</.test(pattern)) {
    for (const alt of ast.alternatives) {
      const verdict = checkLinear(alt.raw, flagText);
      if (!verdict.linear) return verdict;
    }
    return { linear: true };
  }
  const automaton = new Automaton();
  const compiler = new Compiler(automaton, flags);
  try {
    const alts = ast.alternatives.map((alt) => compiler.alternative(alt));
    let whole = choice(alts);
    if (!flagText.includes("y")) {
      const before = union(...ast.alternatives.map((alt, i) => charBefore(alt, flags, alts[i]!, automaton)));
      whole = automaton.sequence(searchPrefix(automaton, before), whole);
    }
    // A pattern that matches nothing at the first position the search tries is done at once.
    if (
      whole.emptyAllows &&
      whole.emptyAllows.length === 1 &&
      whole.emptyAllows[0]![1] === MAX_CODE_POINT &&
      whole.emptyAllows[0]![0] === 0
    )
      return { linear: true };
    return ambiguity(automaton, whole.first, whole.ends, automaton.guardedFrom);
  } catch (e) {
    if (e instanceof Refused) return { linear: false, reason: e.message };
    throw e;
  }
}

/** `(?:[^]*[before])?`: the start positions the search tries, each after a character of `before`. */
function searchPrefix(a: Automaton, before: CharSet): Summary {
  if (before.length === 0) return NOTHING;
  const skipped = a.loop(a.position(ALL, "(search start)"), 0);
  const prefix = a.sequence(skipped, a.position(before, "(character before a match)"));
  return { ...prefix, empty: 1, ends: new Map(), emptyAllows: ALL };
}
