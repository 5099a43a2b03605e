/**
 * The taint lattice. A value is either clean (`undefined`), a role (an object
 * such as an Express `req` whose members are sources but which is not itself
 * data), or a {@link Taint}: data that may be attacker-controlled.
 */
import { strongestOf, trustRank, type TrustLevel } from "../../shared/trust.js";

/** What a sanitiser makes a value safe for. Each sink rule asks about one kind. */
export const SINK_KINDS = [
  "xss",
  "sql",
  "command",
  "code",
  "path",
  "url",
  "redirect",
  "nosql",
  "ldap",
  "xpath",
  "regex",
  "deserialize",
  "prototype",
  "session",
] as const;

export type SinkKind = (typeof SINK_KINDS)[number];

export interface SourceOrigin {
  /** The source as code, e.g. "req.query.id". */
  readonly label: string;
  /** The source in words, e.g. "the request's query string"; the label alone when absent. */
  readonly words?: string;
  /** Who can choose the value (docs/trust-levels.md). */
  readonly level: TrustLevel;
  /** 1-based line where the source is read. */
  readonly line: number;
  /** An argument of an exported method: attacker-controlled only if its callers pass such data. */
  readonly apiParameter?: true;
}

export interface Taint {
  readonly kind: "taint";
  /** How sure we are that the value is attacker-controlled, 0–1. */
  readonly confidence: number;
  readonly origins: readonly SourceOrigin[];
  /** Sinks this value has been made safe for. */
  readonly sanitised: ReadonlySet<SinkKind>;
  /** Parameter indexes of the enclosing function this value derives from (for call summaries). */
  readonly params: ReadonlySet<number>;
  /**
   * What each parameter's part was made safe for, where it differs from
   * `sanitised`: in `${escapeHtml(q)}${items}` the part from `q` is escaped
   * and the part from `items` is not (read with {@link sanitisedOfParam}).
   */
  readonly paramSanitised?: ReadonlyMap<number, ReadonlySet<SinkKind>>;
  /** Known members of an object or array literal; a missing key is clean. */
  readonly fields?: ReadonlyMap<string, Value>;
  /**
   * Calls to functions of other modules the value derives from (keys of the
   * file's cross-file summary). Only the "xfile" evaluation mode makes them.
   */
  readonly calls?: ReadonlySet<string>;
}

/** Objects whose members are sources: Express `req`, Koa `ctx`, a message event. */
export type RoleName = "request" | "koa" | "message-event";

export interface Role {
  readonly kind: "role";
  readonly role: RoleName;
}

export type Value = Taint | Role | undefined;

const EMPTY_SINKS: ReadonlySet<SinkKind> = new Set();
const EMPTY_PARAMS: ReadonlySet<number> = new Set();

/** Confidence given to values whose origin cannot be seen (parameters, imports). */
export const UNKNOWN_CONFIDENCE = 0.3;

export interface SourceFacts {
  readonly label: string;
  readonly words?: string;
  readonly level: TrustLevel;
  readonly confidence: number;
  readonly apiParameter?: true;
}

export function source(facts: SourceFacts, line: number): Taint {
  const { label, words, level, confidence, apiParameter } = facts;
  return {
    kind: "taint",
    confidence,
    origins: [
      {
        label,
        line,
        level,
        ...(words === undefined ? {} : { words }),
        ...(apiParameter ? { apiParameter } : {}),
      },
    ],
    sanitised: EMPTY_SINKS,
    params: EMPTY_PARAMS,
  };
}

export function unknown(params: ReadonlySet<number> = EMPTY_PARAMS): Taint {
  return { kind: "taint", confidence: UNKNOWN_CONFIDENCE, origins: [], sanitised: EMPTY_SINKS, params };
}

export function role(name: RoleName): Role {
  return { kind: "role", role: name };
}

export function asTaint(value: Value): Taint | undefined {
  return value?.kind === "taint" ? value : undefined;
}

/** True when the value carries data from a real source, not only unknown provenance. */
export function hasOrigin(taint: Taint): boolean {
  return taint.origins.length > 0;
}

/** Joins two values flowing into one (concatenation, both branches of a condition). */
export function join(a: Value, b: Value): Value {
  const ta = asTaint(a);
  const tb = asTaint(b);
  // A role survives a join with nothing (a single definition); mixed with data, the data wins.
  if (!ta && !tb) return a ?? b;
  if (!ta) return tb;
  if (!tb) return ta;
  if (ta === tb) return ta;
  const origins = [...ta.origins];
  for (const o of tb.origins) {
    if (!origins.some((x) => x.label === o.label && x.line === o.line)) origins.push(o);
  }
  const sanitised = sanitisedOfJoin(ta, tb);
  return {
    kind: "taint",
    confidence: Math.max(ta.confidence, tb.confidence),
    origins,
    sanitised,
    params:
      ta.params.size === 0
        ? tb.params
        : tb.params.size === 0
          ? ta.params
          : new Set([...ta.params, ...tb.params]),
    ...joinParamSanitised(ta, tb, sanitised),
    ...joinCalls(ta, tb),
  };
}

/** The sinks the part of `taint` that derives from parameter `index` is safe for. */
export function sanitisedOfParam(taint: Taint, index: number): ReadonlySet<SinkKind> {
  const own = taint.paramSanitised?.get(index);
  // What the whole value was made safe for holds for each part too (a spread `{ ...t, sanitised }` keeps the map).
  return own === undefined ? taint.sanitised : new Set([...own, ...taint.sanitised]);
}

/**
 * Per parameter, a joined value is safe for what every side holding that
 * parameter is safe for. Kept only where that differs from the joined value's
 * own `sanitised`, so the common case (one sanitised set) costs nothing.
 */
function joinParamSanitised(
  a: Taint,
  b: Taint,
  joined: ReadonlySet<SinkKind>,
): { paramSanitised?: ReadonlyMap<number, ReadonlySet<SinkKind>> } {
  if (a.params.size === 0 && b.params.size === 0) return {};
  let map: Map<number, ReadonlySet<SinkKind>> | undefined;
  for (const index of new Set([...a.params, ...b.params])) {
    const inA = a.params.has(index) ? sanitisedOfParam(a, index) : undefined;
    const inB = b.params.has(index) ? sanitisedOfParam(b, index) : undefined;
    const kinds = inA && inB ? new Set([...inA].filter((k) => inB.has(k))) : (inA ?? inB ?? EMPTY_SINKS);
    if (sameKinds(kinds, joined)) continue;
    map ??= new Map();
    map.set(index, kinds);
  }
  return map ? { paramSanitised: map } : {};
}

function sameKinds(a: ReadonlySet<SinkKind>, b: ReadonlySet<SinkKind>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}

function joinCalls(a: Taint, b: Taint): { calls?: ReadonlySet<string> } {
  if (!a.calls) return b.calls ? { calls: b.calls } : {};
  if (!b.calls) return { calls: a.calls };
  return { calls: new Set([...a.calls, ...b.calls]) };
}

/**
 * What a call to another module's function returns, before the review links
 * the files: nothing known yet, so no origin and no confidence of its own.
 */
export function importedResult(key: string): Taint {
  return {
    kind: "taint",
    confidence: 0,
    origins: [],
    sanitised: EMPTY_SINKS,
    params: EMPTY_PARAMS,
    calls: new Set([key]),
  };
}

/**
 * A joined value is safe for a sink only if every part with a real source is.
 * Parts of unknown origin do not undo a sanitiser: they are reported (at low
 * confidence) only when nothing better is known.
 */
function sanitisedOfJoin(a: Taint, b: Taint): ReadonlySet<SinkKind> {
  // A parameter or another module's result is a real part too: in a summary it stands for the caller's source.
  const aReal = tracked(a);
  const bReal = tracked(b);
  if (aReal && !bReal) return a.sanitised;
  if (bReal && !aReal) return b.sanitised;
  return new Set([...a.sanitised].filter((s) => b.sanitised.has(s)));
}

/** Whether a taint carries something a sink can be traced to: a source, a parameter or another module's result. */
function tracked(t: Taint): boolean {
  return t.origins.length > 0 || t.params.size > 0 || (t.calls?.size ?? 0) > 0;
}

export function joinAll(values: Iterable<Value>): Value {
  let out: Value;
  for (const v of values) out = join(out, v);
  return out;
}

export function sanitise(value: Value, kinds: readonly SinkKind[]): Value {
  const t = asTaint(value);
  if (!t) return undefined;
  return {
    ...t,
    sanitised: new Set([...t.sanitised, ...kinds]),
    paramSanitised: mapParamSanitised(t, (set) => new Set([...set, ...kinds])),
    fields: undefined,
  };
}

function mapParamSanitised(
  t: Taint,
  change: (kinds: ReadonlySet<SinkKind>) => ReadonlySet<SinkKind>,
): ReadonlyMap<number, ReadonlySet<SinkKind>> | undefined {
  if (!t.paramSanitised) return undefined;
  return new Map([...t.paramSanitised].map(([index, kinds]) => [index, change(kinds)]));
}

/** Undoes one kind of {@link sanitise}: the value is no longer safe for that sink. */
export function unsanitise(value: Value, kind: SinkKind): Value {
  const t = asTaint(value);
  if (!t || (!t.sanitised.has(kind) && !t.paramSanitised)) return value;
  const without = (kinds: ReadonlySet<SinkKind>): ReadonlySet<SinkKind> =>
    new Set([...kinds].filter((k) => k !== kind));
  return { ...t, sanitised: without(t.sanitised), paramSanitised: mapParamSanitised(t, without) };
}

export function scale(value: Value, factor: number): Value {
  const t = asTaint(value);
  if (!t) return value;
  return { ...t, confidence: t.confidence * factor };
}

/** An object or array literal: tainted as a whole if any member is, members kept apart. */
export function record(fields: ReadonlyMap<string, Value>, rest: Value): Value {
  const whole = join(joinAll(fields.values()), rest);
  const t = asTaint(whole);
  if (!t) return undefined;
  return rest === undefined ? { ...t, fields } : { ...t, fields: undefined };
}

/** The taint that reaches a sink of `kind`, or undefined when clean or sanitised for it. */
export function reaching(value: Value, kind: SinkKind): Taint | undefined {
  const t = asTaint(value);
  if (!t || t.sanitised.has(kind)) return undefined;
  return t;
}

/** The least trusted level among a taint's known sources; undefined when none is known. */
export function levelOf(taint: Taint): TrustLevel | undefined {
  return taint.origins.length === 0 ? undefined : strongestOf(taint.origins.map((o) => o.level));
}

/**
 * The least trusted level among the sources that show real input: an
 * argument of an exported method only says a caller may pass some, so a taint
 * made of such arguments alone has no level (unknown origin, docs/trust-levels.md).
 */
export function sourceLevelOf(taint: Taint): TrustLevel | undefined {
  const shown = taint.origins.filter((o) => o.apiParameter !== true);
  return shown.length === 0 ? undefined : strongestOf(shown.map((o) => o.level));
}

/**
 * "the request's query string (req.query.id, line 4)", for messages: the least
 * trusted sources first, so the one that decided the severity is named first.
 */
export function describeOrigins(taint: Taint): string {
  if (taint.origins.length === 0) return "a value of unknown origin";
  return [...taint.origins]
    .sort((a, b) => trustRank(b.level) - trustRank(a.level))
    .slice(0, 3)
    .map((o) =>
      o.words === undefined ? `${o.label} (line ${o.line})` : `${o.words} (${o.label}, line ${o.line})`,
    )
    .join(", ");
}
