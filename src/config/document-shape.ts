import { CodeGuardianError } from "../core/errors.js";

/**
 * Keys that would reach an object's prototype when a parsed mapping is copied
 * key by key (as the schema's records do). No setting is named like this, so
 * they are refused wherever they appear, in any layer.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The deepest legitimate setting is `analysers.<id>.configs[n]`; anything far deeper is not a config. */
const MAX_CONFIG_DEPTH = 8;

/**
 * Refuses prototype keys and excessive nesting anywhere in parsed config data,
 * naming the key path. Walks own keys only, so nothing inherited is seen and
 * nothing own is missed.
 */
export function checkDocumentShape(data: unknown, file: string): void {
  const walk = (value: unknown, path: readonly string[]): void => {
    if (typeof value !== "object" || value === null) return;
    if (path.length > MAX_CONFIG_DEPTH) {
      throw new CodeGuardianError(
        "CG_CONFIG_INVALID",
        `${file}: key "${dotted(path)}" is nested deeper than ${MAX_CONFIG_DEPTH} levels`,
        { hint: "See docs/configuration.md for every key and its type." },
      );
    }
    for (const key of Object.keys(value)) {
      const childPath = [...path, key];
      if (PROTOTYPE_KEYS.has(key)) {
        throw new CodeGuardianError(
          "CG_CONFIG_INVALID",
          `${file}: key "${dotted(childPath)}" is not allowed (no setting is named "${key}")`,
          { hint: "See docs/configuration.md for every key and its type." },
        );
      }
      walk((value as Record<string, unknown>)[key], childPath);
    }
  };
  walk(data, []);
}

function dotted(path: readonly string[]): string {
  return path.join(".");
}
