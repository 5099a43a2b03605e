import type { SgNode } from "@ast-grep/napi";
import { joinEnvs, sameEnv, type Env } from "./env.js";
import { evalExpr } from "./expressions.js";
import { applyGuard, isConstantFalse, isConstantTrue } from "./guards.js";
import type { Walker } from "./statements.js";
import { CLEAN, type Taint } from "./taint.js";

/*
 * Compound statements for the walker. Branches run on copies of the
 * environment that are joined afterwards; loop bodies run a second time only
 * when the first pass changed something; a branch that always leaves adds
 * nothing to what follows.
 */

export function branch(w: Walker, env: Env, run: () => boolean): { env: Env; exits: boolean } {
  const saved = w.env;
  w.env = env;
  const exits = run();
  const out = w.env;
  w.env = saved;
  return { env: out, exits };
}

export function ifStatement(w: Walker, stmt: SgNode): boolean {
  const clauses: { cond: SgNode | undefined; body: SgNode | undefined }[] = [];
  const children = stmt.children();
  clauses.push({ cond: children[1], body: children.find((c) => c.kind() === "block") });
  for (const child of children) {
    if (child.kind() === "elif_clause") {
      const parts = child.children();
      clauses.push({ cond: parts[1], body: parts.find((c) => c.kind() === "block") });
    } else if (child.kind() === "else_clause") {
      clauses.push({ cond: undefined, body: child.children().find((c) => c.kind() === "block") });
    }
  }
  const outcomes: Env[] = [];
  let rest: Env | undefined = w.env;
  for (const { cond, body } of clauses) {
    if (rest === undefined) break;
    const current: Env = rest;
    if (cond === undefined) {
      const r = branch(w, new Map(current), () => (body ? w.block(body) : false));
      if (!r.exits) outcomes.push(r.env);
      rest = undefined;
      break;
    }
    evalIn(w, current, cond);
    if (isConstantFalse(cond)) continue;
    const thenEnv = new Map(current);
    const elseEnv = new Map(current);
    applyGuard(cond, thenEnv, elseEnv, w);
    const r = branch(w, thenEnv, () => (body ? w.block(body) : false));
    if (!r.exits) outcomes.push(r.env);
    rest = isConstantTrue(cond) ? undefined : elseEnv;
  }
  if (rest !== undefined) outcomes.push(rest);
  if (outcomes.length === 0) return true;
  w.env = joinEnvs(outcomes);
  return false;
}

function evalIn(w: Walker, env: Env, expr: SgNode): Taint {
  const saved = w.env;
  w.env = env;
  const taint = evalExpr(expr, w);
  w.env = saved;
  return taint;
}

function loopBody(w: Walker, body: SgNode | undefined, bind: () => void): void {
  if (body === undefined) return;
  // A second pass carries values tainted late in the body to uses early in it; it is
  // skipped when the first changed nothing, which keeps nested loops from doubling up.
  for (let pass = 0; pass < 2; pass++) {
    const r = branch(w, new Map(w.env), () => {
      bind();
      return w.block(body);
    });
    const joined = joinEnvs([w.env, r.env]);
    const changed = !sameEnv(w.env, joined);
    w.env = joined;
    if (!changed) break;
  }
}

export function forStatement(w: Walker, stmt: SgNode): void {
  const children = stmt.children();
  const inAt = children.findIndex((c) => c.kind() === "in");
  const target = children[inAt - 1];
  const iterable = children[inAt + 1];
  const iterTaint = iterable ? evalExpr(iterable, w) : CLEAN;
  loopBody(
    w,
    children.find((c) => c.kind() === "block"),
    () => {
      if (target) w.bindTarget(target, iterTaint);
    },
  );
  const orElse = children.find((c) => c.kind() === "else_clause")?.field("body");
  if (orElse) w.block(orElse);
}

export function whileStatement(w: Walker, stmt: SgNode): void {
  const children = stmt.children();
  const cond = children[1];
  if (cond) evalExpr(cond, w);
  if (cond && isConstantFalse(cond)) return;
  loopBody(
    w,
    children.find((c) => c.kind() === "block"),
    () => undefined,
  );
}

export function tryStatement(w: Walker, stmt: SgNode): boolean {
  const start = w.env;
  const children = stmt.children();
  const body = branch(w, new Map(start), () => {
    const b = children.find((c) => c.kind() === "block");
    return b ? w.block(b) : false;
  });
  const outcomes: Env[] = [];
  const handlerStart = joinEnvs([start, body.env]);
  let normal = body;
  for (const child of children) {
    const kind = child.kind();
    const block = kind === "block" ? undefined : child.children().find((c) => c.kind() === "block");
    if (block === undefined) continue;
    if (kind === "except_clause" || kind === "except_group_clause") {
      const r = branch(w, new Map(handlerStart), () => w.block(block));
      if (!r.exits) outcomes.push(r.env);
    } else if (kind === "else_clause" && !body.exits) {
      normal = branch(w, new Map(body.env), () => w.block(block));
    }
  }
  if (!normal.exits) outcomes.push(normal.env);
  const fin = children
    .find((c) => c.kind() === "finally_clause")
    ?.children()
    .find((c) => c.kind() === "block");
  w.env = outcomes.length > 0 ? joinEnvs(outcomes) : handlerStart;
  const finExits = fin ? w.block(fin) : false;
  return finExits || outcomes.length === 0;
}

export function withStatement(w: Walker, stmt: SgNode): boolean {
  const children = stmt.children();
  const clause = children.find((c) => c.kind() === "with_clause");
  for (const item of clause?.children() ?? []) {
    if (item.kind() !== "with_item") continue;
    const value = item.children()[0];
    if (value === undefined) continue;
    if (value.kind() === "as_pattern") {
      const parts = value.children();
      const expr = parts[0];
      const target = parts[parts.length - 1];
      const taint = expr ? evalExpr(expr, w) : CLEAN;
      if (target) w.bindTarget(target, taint);
    } else evalExpr(value, w);
  }
  const body = children.find((c) => c.kind() === "block");
  return body ? w.block(body) : false;
}

export function matchStatement(w: Walker, stmt: SgNode): void {
  const children = stmt.children();
  const subject = children[1];
  if (subject) evalExpr(subject, w);
  const outcomes: Env[] = [w.env];
  const cases = children.find((c) => c.kind() === "block")?.children() ?? [];
  for (const c of cases) {
    const body = c.children().find((x) => x.kind() === "block");
    if (!body) continue;
    const r = branch(w, new Map(w.env), () => w.block(body));
    if (!r.exits) outcomes.push(r.env);
  }
  w.env = joinEnvs(outcomes);
}
