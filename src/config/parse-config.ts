import { isLockableKey, LOCKABLE_KEYS } from "./locks.js";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { configSchema, OPERATOR_ONLY_KEYS, type ConfigInput } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import { checkDocumentShape } from "./document-shape.js";

/** Who wrote a config file decides what it may set (see OPERATOR_ONLY_KEYS). */
/**
 * Who wrote a layer: the reviewed repository (untrusted), a project's
 * settings in a team's store (may lock keys, may not run code or send data),
 * or the operator.
 */
export type ConfigTrust = "repository" | "project" | "operator";

/**
 * Aliases a config file may expand. A real config needs a handful; the cap
 * stops a file of nested aliases ("billion laughs") from expanding into
 * gigabytes when converted.
 */
const MAX_CONFIG_ALIASES = 50;

const YAML_HINT = "Fix the YAML syntax; `codeguardian review --help` lists the options.";

/**
 * Parses and validates one YAML config file. Errors name the file, the key
 * and what was expected, and carry exit code 2.
 */
export function parseConfigText(text: string, file: string, trust: ConfigTrust): ConfigInput {
  return validateConfig(yamlToData(text, file), file, trust);
}

/**
 * YAML text to plain data. Whatever the YAML library throws while parsing or
 * converting (alias cap, stack depth) is the file's fault: a config error
 * naming the file, never an internal one.
 */
function yamlToData(text: string, file: string): unknown {
  try {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    const yamlError = doc.errors[0];
    if (yamlError) {
      const where = yamlError.linePos?.[0];
      throw new CodeGuardianError(
        "CG_CONFIG_INVALID",
        `${file}${where ? `:${where.line}:${where.col}` : ""}: not valid YAML: ${firstLine(yamlError.message)}`,
        { hint: YAML_HINT },
      );
    }
    const data: unknown = doc.toJS({ maxAliasCount: MAX_CONFIG_ALIASES });
    return data ?? {};
  } catch (error) {
    if (error instanceof CodeGuardianError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CodeGuardianError(
      "CG_CONFIG_INVALID",
      `${file}: not a usable YAML config: ${firstLine(message)}`,
      {
        hint: `Aliases are limited to ${MAX_CONFIG_ALIASES} expansions and nesting to a few levels. ${YAML_HINT}`,
        cause: error,
      },
    );
  }
}

export function validateConfig(data: unknown, file: string, trust: ConfigTrust): ConfigInput {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new CodeGuardianError(
      "CG_CONFIG_INVALID",
      `${file}: expected a mapping of settings at the top level`,
    );
  }
  checkDocumentShape(data, file);
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CodeGuardianError("CG_CONFIG_INVALID", `${file}: ${describeIssue(issue)}`, {
      hint: "See docs/configuration.md for every key and its type.",
    });
  }
  const badLock = parsed.data.repository?.locked?.find((key) => !isLockableKey(key));
  if (badLock !== undefined) {
    throw new CodeGuardianError(
      "CG_CONFIG_INVALID",
      `${file}: "repository.locked" names "${badLock}", which cannot be locked`,
      {
        hint: `Lock one of ${LOCKABLE_KEYS.join(", ")}, or one analyser or rule ("analysers.bandit", "rules.py/sql-injection").`,
      },
    );
  }
  if (trust !== "operator") {
    // The raw data, walked by own keys: every key the file wrote is seen.
    // A project's settings may lock keys; a repository may not touch `repository` at all.
    const forbidden = operatorOnlyKeysIn(data).filter(
      (key) => trust === "repository" || !key.startsWith("repository"),
    );
    if (forbidden.length > 0) {
      throw new CodeGuardianError(
        "CG_CONFIG_OPERATOR_ONLY",
        `${file}: key "${forbidden[0]}" may only be set by the operator (flags, environment or the user config file), not by the reviewed repository`,
        {
          hint: "A repository config chooses rules, paths, severities and formats; anything that sends data or runs code is the operator's choice.",
        },
      );
    }
  }
  return parsed.data;
}

/** Dotted paths of operator-only keys present in config data (own keys only). */
function operatorOnlyKeysIn(config: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string[]): void => {
    const dotted = path.join(".");
    if (path.length > 0 && OPERATOR_ONLY_KEYS.some((pattern) => matchesKey(pattern, path))) {
      found.push(dotted);
      return;
    }
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(config, []);
  return found;
}

function matchesKey(pattern: string, path: readonly string[]): boolean {
  const parts = pattern.split(".");
  return parts.length === path.length && parts.every((part, i) => part === "*" || part === path[i]);
}

type Issue = z.core.$ZodIssue | undefined;

function describeIssue(issue: Issue): string {
  if (!issue) return "invalid configuration";
  const key = issue.path.map(String).join(".");
  const at = key === "" ? "top level" : `key "${key}"`;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => (key === "" ? k : `${key}.${k}`));
    return `unknown key${keys.length > 1 ? "s" : ""} ${keys.map((k) => `"${k}"`).join(", ")}`;
  }
  if (issue.code === "invalid_union") {
    const nested = issue.errors.flat();
    const values = nested.flatMap((n) => (n.code === "invalid_value" ? n.values.map(String) : []));
    if (values.length > 0 && values.length >= nested.length) {
      return `${at}: expected one of ${values.join(", ")}`;
    }
    const kinds = nested.map((n) => n.message.replace(/^Invalid input: /, ""));
    return `${at}: ${[...new Set(kinds)].join(", or ")}`;
  }
  return `${at}: ${issue.message}`;
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
