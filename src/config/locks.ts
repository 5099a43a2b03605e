import { SEVERITIES } from "../core/severity.js";
import type { ConfigInput, ResolvedConfig } from "../core/config.js";
import type { Notice } from "../core/review.js";
import { CONFIG_NOTICE_SOURCE } from "./repository-layer.js";

/**
 * Keys the operator or a project's settings may lock (`repository.locked`):
 * a top-level key, or one analyser or rule (`analysers.bandit`,
 * `rules.py/sql-injection`). Limits need no lock: a repository may only
 * lower them anyway.
 */
export const LOCKABLE_KEYS = [
  "fail_on",
  "min_confidence",
  "include",
  "exclude",
  "formats",
  "analysers",
  "rules",
] as const;

export function isLockableKey(key: string): boolean {
  if ((LOCKABLE_KEYS as readonly string[]).includes(key)) return true;
  return /^(analysers|rules)\.[^.]+/.test(key);
}

/** Whether a lock list covers a key: the key itself, or its top-level key ("rules" covers "rules.py/xss"). */
export function lockCovers(locked: readonly string[], key: string): boolean {
  return locked.includes(key) || locked.includes(key.split(".")[0]!);
}

/**
 * What a repository layer keeps of a locked key (docs/configuration.md,
 * "Precedence and locks"): it may ask for more scrutiny, never less. A
 * stricter `fail_on` or lower `min_confidence` is kept; turning a locked
 * analyser or rule off, lowering a locked rule's severity, narrowing
 * `include`, adding to `exclude` and changing `formats` are dropped, each
 * with a warning naming the lock.
 */
export function applyLocks(
  source: string,
  input: ConfigInput,
  above: ResolvedConfig,
  locked: readonly string[],
): { readonly input: ConfigInput; readonly notices: readonly Notice[] } {
  if (locked.length === 0) return { input, notices: [] };
  const isLocked = (key: string): boolean => lockCovers(locked, key);
  const notices: Notice[] = [];
  const drop = (key: string, what: string): void => {
    notices.push({
      level: "warning",
      analyser: CONFIG_NOTICE_SOURCE,
      message: `${source}: ignored ${what}: "${key}" is locked by the operator or the project's settings (a repository may only make a locked key stricter)`,
    });
  };
  const out: { -readonly [K in keyof ConfigInput]: ConfigInput[K] } = { ...input };

  if (out.fail_on !== undefined && isLocked("fail_on") && !failsAtLeastAsOften(out.fail_on, above.failOn)) {
    drop("fail_on", `"fail_on: ${out.fail_on}"`);
    delete out.fail_on;
  }
  if (
    out.min_confidence !== undefined &&
    isLocked("min_confidence") &&
    out.min_confidence > above.minConfidence
  ) {
    drop("min_confidence", `"min_confidence: ${out.min_confidence}"`);
    delete out.min_confidence;
  }
  if (out.include !== undefined && isLocked("include")) {
    drop("include", `its "include" list`);
    delete out.include;
  }
  if (out.exclude !== undefined && isLocked("exclude")) {
    drop("exclude", `its "exclude" list`);
    delete out.exclude;
  }
  if (out.formats !== undefined && isLocked("formats")) {
    drop("formats", `its "formats" list`);
    delete out.formats;
  }
  if (out.analysers) {
    const analysers = { ...out.analysers };
    for (const id of Object.keys(analysers)) {
      const settings = analysers[id]!;
      if (settings.enabled === false && isLocked(`analysers.${id}`)) {
        drop(`analysers.${id}`, `"analysers.${id}.enabled: false"`);
        const { enabled: _off, ...rest } = settings;
        analysers[id] = rest;
      }
    }
    out.analysers = analysers;
  }
  if (out.rules) {
    const kept: [string, NonNullable<ConfigInput["rules"]>[string]][] = [];
    for (const [id, setting] of Object.entries(out.rules)) {
      if (isLocked(`rules.${id}`)) {
        const off =
          setting === "off" ||
          setting === false ||
          (typeof setting === "object" && setting.enabled === false);
        const severity =
          typeof setting === "string" ? setting : typeof setting === "object" ? setting.severity : undefined;
        if (off) {
          drop(`rules.${id}`, `switching "${id}" off`);
          continue;
        }
        if (severity !== undefined && severity !== "off" && lowersSeverity(id, severity, above)) {
          drop(`rules.${id}`, `lowering "${id}" to ${severity}`);
          continue;
        }
      }
      kept.push([id, setting]);
    }
    // A null prototype: a repository may name a rule "constructor".
    out.rules = Object.assign(
      Object.create(null) as NonNullable<ConfigInput["rules"]>,
      Object.fromEntries(kept),
    );
  }
  return { input: out, notices };
}

/** A `fail_on` that fails on everything the other one fails on: a lower (or equal) severity. */
function failsAtLeastAsOften(asked: string, current: string): boolean {
  if (current === "none") return true;
  if (asked === "none") return false;
  return (
    SEVERITIES.indexOf(asked as (typeof SEVERITIES)[number]) >=
    SEVERITIES.indexOf(current as (typeof SEVERITIES)[number])
  );
}

/** Whether a repository's severity for a locked rule is below the one the layers above chose (when they chose one). */
function lowersSeverity(id: string, asked: string, above: ResolvedConfig): boolean {
  const current = Object.hasOwn(above.rules, id) ? above.rules[id]!.severity : undefined;
  if (current === undefined) return false;
  return SEVERITIES.indexOf(asked as (typeof SEVERITIES)[number]) > SEVERITIES.indexOf(current);
}
