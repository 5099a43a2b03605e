import type { SgNode } from "@ast-grep/napi";
import { trustRank, type TrustLevel } from "../../shared/trust.js";

/** What a value could reach that a sanitiser makes safe for. */
export type SinkKind =
  | "shell"
  | "sql"
  | "code"
  | "html"
  | "path"
  | "url"
  | "redirect"
  | "ldap"
  | "xpath"
  | "nosql"
  | "deserialise"
  | "regex"
  | "session";

export const ALL_SINKS: readonly SinkKind[] = [
  "shell",
  "sql",
  "code",
  "html",
  "path",
  "url",
  "redirect",
  "ldap",
  "xpath",
  "nosql",
  "deserialise",
  "regex",
  "session",
];

/**
 * Where a possibly attacker-controlled value came from.
 * - `source`: a known input (web request, database, argv, environment, file, network), with its trust level.
 * - `unknown`: provenance the engine cannot see (an unknown call, an imported name).
 * - `param`: a parameter of a non-handler function; resolved through call sites when possible.
 */
export interface Origin {
  readonly kind: "source" | "unknown" | "param";
  /** Human words for messages: "request.args", "parameter 'cmd' of run()". */
  readonly label: string;
  /** How sure we are the flow carries outside input, in [0, 1]: the finding's confidence. */
  readonly trust: number;
  /** For `source` origins: who can choose the value (docs/trust-levels.md). */
  readonly level?: TrustLevel;
  /** For `source` origins: the source in words, "the request's query string". */
  readonly words?: string;
  /** The node it came from; its line is computed only when a finding is reported. */
  readonly node: SgNode | undefined;
  /** For `param` origins: the function (by node id) and the parameter position/name. */
  readonly fn?: number;
  readonly param?: number;
  readonly paramName?: string;
  /** Sinks a sanitiser on the way made this value safe for. */
  readonly sanitised: readonly SinkKind[];
  /** True once the value went through string building (concatenation, formatting, join). */
  readonly built: boolean;
  /**
   * True when the value is what a lookup returned for it (`find_account(email)`):
   * the input chose which record, the server produced the record. Rules that ask
   * whether the input itself arrives (the session's trust boundary) skip these.
   */
  readonly derived?: boolean;
  /**
   * True once the value was decoded from text into a structure (`json.loads`,
   * `yaml.safe_load`): whatever the source, it can now hold dicts and lists,
   * not only strings (a MongoDB filter value can be `{"$ne": null}`).
   */
  readonly parsed?: boolean;
  /**
   * The first call into another module the value was passed through
   * (`page(name)` with `page` imported): this file cannot see whether that
   * function escapes or drops it, the cross-file summary can
   * (src/rules/xfile/link.ts, cleared sinks). Unset once two paths meet that
   * did not both go through the same call.
   */
  readonly via?: SgNode;
}

/** A value's taint: empty means clean (constant or sanitised for everything). */
export type Taint = readonly Origin[];

export const CLEAN: Taint = [];

/** Beyond this many distinct origins a value keeps the strongest ones; the rest add nothing to a report. */
const MAX_ORIGINS = 6;

function originKey(o: Origin): string {
  return `${o.kind}\u0000${o.label}\u0000${String(o.fn ?? "")}\u0000${String(o.param ?? "")}`;
}

/** Union of taints. Two paths for the same origin merge: sanitised only if both were. */
export function join(...taints: readonly Taint[]): Taint {
  const nonEmpty = taints.filter((t) => t.length > 0);
  if (nonEmpty.length === 0) return CLEAN;
  if (nonEmpty.length === 1) return nonEmpty[0] ?? CLEAN;
  const merged = new Map<string, Origin>();
  for (const taint of nonEmpty) {
    for (const origin of taint) {
      const key = originKey(origin);
      const prev = merged.get(key);
      if (prev === undefined) {
        merged.set(key, origin);
      } else {
        merged.set(key, {
          ...prev,
          sanitised: prev.sanitised.filter((k) => origin.sanitised.includes(k)),
          built: prev.built || origin.built,
          ...(prev.derived === true && origin.derived === true ? {} : { derived: false }),
          ...(prev.parsed === true || origin.parsed === true ? { parsed: true } : {}),
          ...(prev.via !== undefined && prev.via.id() === origin.via?.id() ? {} : { via: undefined }),
        });
      }
    }
  }
  const all = [...merged.values()];
  if (all.length <= MAX_ORIGINS) return all;
  return all.sort((a, b) => rank(b) - rank(a)).slice(0, MAX_ORIGINS);
}

/** Known sources first, the least trusted level first among them, then parameters, then the rest. */
function rank(o: Origin): number {
  if (o.kind === "source") return 10 + trustRank(o.level ?? "remote") * 2 + o.trust;
  return (o.kind === "param" ? 1 : 0) + o.trust;
}

export function markDerived(taint: Taint): Taint {
  return taint.map((o) => (o.derived === true ? o : { ...o, derived: true }));
}

export function markParsed(taint: Taint): Taint {
  return taint.map((o) => (o.parsed === true ? o : { ...o, parsed: true }));
}

/** Notes the imported call `call` on origins that went through no such call before. */
export function markVia(taint: Taint, call: SgNode): Taint {
  if (taint.every((o) => o.via !== undefined)) return taint;
  return taint.map((o) => (o.via !== undefined ? o : { ...o, via: call }));
}

export function markBuilt(taint: Taint): Taint {
  if (taint.every((o) => o.built)) return taint;
  return taint.map((o) => (o.built ? o : { ...o, built: true }));
}

export function sanitise(taint: Taint, kinds: readonly SinkKind[]): Taint {
  return taint.map((o) => ({ ...o, sanitised: [...new Set([...o.sanitised, ...kinds])] }));
}

/** Origins that still matter for a sink of this kind. */
export function reaching(taint: Taint, kind: SinkKind): Taint {
  return taint.filter((o) => !o.sanitised.includes(kind));
}

export function unknownOrigin(label: string, node: SgNode | undefined): Origin {
  return { kind: "unknown", label, trust: 0, node, sanitised: [], built: false };
}

export interface SourceFacts {
  readonly label: string;
  readonly words: string;
  readonly level: TrustLevel;
  readonly trust: number;
}

export function sourceOrigin(source: SourceFacts, node: SgNode | undefined): Origin {
  const { label, words, level, trust } = source;
  return { kind: "source", label, words, level, trust, node, sanitised: [], built: false };
}
