import { CLEAN, join, type Taint } from "./taint.js";

/** Variable (or `obj.attr`, `d["k"]` path) → taint at one point of a function. */
export type Env = Map<string, Taint>;

export function joinEnvs(envs: readonly Env[]): Env {
  const first = envs[0];
  if (first === undefined) return new Map();
  if (envs.length === 1) return first;
  const out: Env = new Map();
  for (const env of envs) {
    for (const [key, taint] of env) out.set(key, join(out.get(key) ?? CLEAN, taint));
  }
  return out;
}

export function sameEnv(a: Env, b: Env): boolean {
  if (a.size !== b.size) return false;
  for (const [key, taint] of b) {
    const other = a.get(key);
    if (other === undefined || other.length !== taint.length) return false;
    for (let i = 0; i < taint.length; i++) {
      const x = taint[i];
      const y = other[i];
      if (
        x !== y &&
        (x?.built !== y?.built || x?.sanitised.length !== y?.sanitised.length || x?.label !== y?.label)
      )
        return false;
    }
  }
  return true;
}
