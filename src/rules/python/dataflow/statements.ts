import type { SgNode } from "@ast-grep/napi";
import { evalExpr, subscriptKey, type CallFacts, type Scope } from "./expressions.js";
import { applyGuard, isConstantFalse, isConstantTrue } from "./guards.js";
import { EXITING_CALLS } from "./sources.js";
import { CLEAN, join, markBuilt, type Taint } from "./taint.js";

export type Env = Map<string, Taint>;

/** What the walker needs from the file it is in. */
export interface FileScope {
  global(name: string): Taint | undefined;
  canonical(dotted: string): string;
  callHelper(
    callee: SgNode,
    dotted: string,
    args: readonly Taint[],
    kwargs: ReadonlyMap<string, Taint>,
  ): Taint | undefined;
  recordCall(call: SgNode, facts: CallFacts): void;
  recordValue(node: SgNode, taint: Taint): void;
}

const SIMPLE_DOTTED = /^[A-Za-z_][\w.]*$/;
const PATTERN_KINDS = new Set([
  "pattern_list",
  "tuple_pattern",
  "list_pattern",
  "tuple",
  "list",
  "expression_list",
]);
const SEQUENCE_KINDS = new Set(["tuple", "list", "expression_list"]);

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

function sameEnv(a: Env, b: Env): boolean {
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

/**
 * Walks one function body (or the module's top level) in order, keeping an
 * environment of variable → taint. Branches run on copies that are joined
 * afterwards; loop bodies run twice so a value tainted late in the body
 * reaches uses early in it; blocks stop at return/raise/continue/break.
 */
export class Walker implements Scope {
  returns: Taint = CLEAN;
  env: Env;

  constructor(
    private readonly file: FileScope,
    initial: Env,
    private readonly walkClassBodies = false,
  ) {
    this.env = initial;
  }

  read(key: string): Taint | undefined {
    return this.env.get(key) ?? this.file.global(key);
  }

  write(key: string, taint: Taint): void {
    this.env.set(key, taint);
  }

  canonical(dotted: string): string {
    return this.file.canonical(dotted);
  }

  callHelper(
    callee: SgNode,
    dotted: string,
    args: readonly Taint[],
    kwargs: ReadonlyMap<string, Taint>,
  ): Taint | undefined {
    return this.file.callHelper(callee, dotted, args, kwargs);
  }

  recordCall(call: SgNode, facts: CallFacts): void {
    this.file.recordCall(call, facts);
  }

  /** Runs a block; true when it always leaves (return, raise, continue, break, abort()). */
  block(block: SgNode): boolean {
    for (const stmt of block.children()) {
      if (this.statement(stmt)) return true;
    }
    return false;
  }

  private statement(stmt: SgNode): boolean {
    switch (stmt.kind()) {
      case "expression_statement":
        return this.expressionStatement(stmt);
      case "return_statement": {
        const value = stmt.children()[1];
        const taint = value ? evalExpr(value, this) : CLEAN;
        this.returns = join(this.returns, taint);
        this.file.recordValue(stmt, taint);
        return true;
      }
      case "raise_statement":
        for (const child of stmt.children()) if (child.isNamed()) evalExpr(child, this);
        return true;
      case "continue_statement":
      case "break_statement":
        return true;
      case "if_statement":
        return this.ifStatement(stmt);
      case "for_statement":
        this.forStatement(stmt);
        return false;
      case "while_statement":
        this.whileStatement(stmt);
        return false;
      case "try_statement":
        return this.tryStatement(stmt);
      case "with_statement":
        return this.withStatement(stmt);
      case "match_statement":
        this.matchStatement(stmt);
        return false;
      case "class_definition":
        if (this.walkClassBodies) {
          const body = stmt.field("body");
          if (body) this.block(body);
        }
        return false;
      case "block":
        return this.block(stmt);
      case "assert_statement":
      case "delete_statement":
        for (const child of stmt.children()) if (child.isNamed()) evalExpr(child, this);
        return false;
      default:
        // definitions are analysed on their own; imports, pass, global bind nothing we track
        return false;
    }
  }

  private expressionStatement(stmt: SgNode): boolean {
    const expr = stmt.children()[0];
    if (expr === undefined) return false;
    const kind = expr.kind();
    if (kind === "assignment") this.assignment(expr);
    else if (kind === "augmented_assignment") this.augmented(expr);
    else if (kind === "string") return false;
    else {
      evalExpr(expr, this);
      if (kind === "call") {
        const callee = expr.children()[0];
        const text = callee && SIMPLE_DOTTED.test(callee.text()) ? this.canonical(callee.text()) : "";
        return EXITING_CALLS.has(text);
      }
    }
    return false;
  }

  /** Returns the taint of the right-hand side (chained `a = b = c` passes it along). */
  private assignment(node: SgNode): Taint {
    const children = node.children();
    const eq = children.findIndex((c) => c.kind() === "=");
    const left = children[0];
    const right = eq < 0 ? undefined : children[eq + 1];
    if (left === undefined || right === undefined) return CLEAN;
    let taint: Taint;
    if (right.kind() === "assignment") taint = this.assignment(right);
    else if (PATTERN_KINDS.has(String(left.kind())) && SEQUENCE_KINDS.has(String(right.kind()))) {
      const targets = left.children().filter((c) => c.isNamed());
      const values = right.children().filter((c) => c.isNamed());
      if (targets.length === values.length) {
        const taints = values.map((v) => evalExpr(v, this));
        targets.forEach((t, i) => this.bindTarget(t, taints[i] ?? CLEAN));
        taint = join(...taints);
        this.file.recordValue(node, taint);
        return taint;
      }
      taint = evalExpr(right, this);
    } else taint = evalExpr(right, this);
    this.file.recordValue(node, taint);
    this.bindTarget(left, taint);
    return taint;
  }

  private augmented(node: SgNode): void {
    const [left, op, right] = node.children();
    if (left === undefined || right === undefined) return;
    const before = evalExpr(left, this);
    const combined = join(before, evalExpr(right, this));
    const taint = op?.text() === "+=" || op?.text() === "%=" ? markBuilt(combined) : combined;
    this.file.recordValue(node, taint);
    this.bindTarget(left, taint);
  }

  bindTarget(target: SgNode, taint: Taint): void {
    const kind = String(target.kind());
    if (kind === "identifier") {
      this.env.set(target.text(), taint);
    } else if (PATTERN_KINDS.has(kind) || kind === "as_pattern_target" || kind === "list_splat_pattern") {
      for (const child of target.children()) if (child.isNamed()) this.bindTarget(child, taint);
    } else if (kind === "attribute") {
      const text = target.text();
      if (SIMPLE_DOTTED.test(text)) this.env.set(text, taint);
    } else if (kind === "subscript") {
      const key = subscriptKey(target.text());
      const container = target.children()[0];
      if (key !== undefined) this.env.set(key, taint);
      if (container !== undefined && SIMPLE_DOTTED.test(container.text())) {
        const name = container.text();
        this.env.set(name, join(this.read(name) ?? CLEAN, taint));
      }
    }
  }

  private branch(env: Env, run: () => boolean): { env: Env; exits: boolean } {
    const saved = this.env;
    this.env = env;
    const exits = run();
    const out = this.env;
    this.env = saved;
    return { env: out, exits };
  }

  private ifStatement(stmt: SgNode): boolean {
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
    let rest: Env | undefined = this.env;
    for (const { cond, body } of clauses) {
      if (rest === undefined) break;
      const current: Env = rest;
      if (cond === undefined) {
        const r = this.branch(new Map(current), () => (body ? this.block(body) : false));
        if (!r.exits) outcomes.push(r.env);
        rest = undefined;
        break;
      }
      this.evalIn(current, cond);
      if (isConstantFalse(cond)) continue;
      const thenEnv = new Map(current);
      const elseEnv = new Map(current);
      applyGuard(cond, thenEnv, elseEnv, this);
      const r = this.branch(thenEnv, () => (body ? this.block(body) : false));
      if (!r.exits) outcomes.push(r.env);
      rest = isConstantTrue(cond) ? undefined : elseEnv;
    }
    if (rest !== undefined) outcomes.push(rest);
    if (outcomes.length === 0) return true;
    this.env = joinEnvs(outcomes);
    return false;
  }

  private evalIn(env: Env, expr: SgNode): Taint {
    const saved = this.env;
    this.env = env;
    const taint = evalExpr(expr, this);
    this.env = saved;
    return taint;
  }

  private loopBody(body: SgNode | undefined, bind: () => void): void {
    if (body === undefined) return;
    // A second pass carries values tainted late in the body to uses early in it; it is
    // skipped when the first changed nothing, which keeps nested loops from doubling up.
    for (let pass = 0; pass < 2; pass++) {
      const r = this.branch(new Map(this.env), () => {
        bind();
        return this.block(body);
      });
      const joined = joinEnvs([this.env, r.env]);
      const changed = !sameEnv(this.env, joined);
      this.env = joined;
      if (!changed) break;
    }
  }

  private forStatement(stmt: SgNode): void {
    const children = stmt.children();
    const inAt = children.findIndex((c) => c.kind() === "in");
    const target = children[inAt - 1];
    const iterable = children[inAt + 1];
    const iterTaint = iterable ? evalExpr(iterable, this) : CLEAN;
    this.loopBody(
      children.find((c) => c.kind() === "block"),
      () => {
        if (target) this.bindTarget(target, iterTaint);
      },
    );
    const orElse = children.find((c) => c.kind() === "else_clause")?.field("body");
    if (orElse) this.block(orElse);
  }

  private whileStatement(stmt: SgNode): void {
    const children = stmt.children();
    const cond = children[1];
    if (cond) evalExpr(cond, this);
    if (cond && isConstantFalse(cond)) return;
    this.loopBody(
      children.find((c) => c.kind() === "block"),
      () => undefined,
    );
  }

  private tryStatement(stmt: SgNode): boolean {
    const start = this.env;
    const children = stmt.children();
    const body = this.branch(new Map(start), () => {
      const b = children.find((c) => c.kind() === "block");
      return b ? this.block(b) : false;
    });
    const outcomes: Env[] = [];
    const handlerStart = joinEnvs([start, body.env]);
    let normal = body;
    for (const child of children) {
      const kind = child.kind();
      const block = kind === "block" ? undefined : child.children().find((c) => c.kind() === "block");
      if (block === undefined) continue;
      if (kind === "except_clause" || kind === "except_group_clause") {
        const r = this.branch(new Map(handlerStart), () => this.block(block));
        if (!r.exits) outcomes.push(r.env);
      } else if (kind === "else_clause" && !body.exits) {
        normal = this.branch(new Map(body.env), () => this.block(block));
      }
    }
    if (!normal.exits) outcomes.push(normal.env);
    const fin = children
      .find((c) => c.kind() === "finally_clause")
      ?.children()
      .find((c) => c.kind() === "block");
    this.env = outcomes.length > 0 ? joinEnvs(outcomes) : handlerStart;
    const finExits = fin ? this.block(fin) : false;
    return finExits || outcomes.length === 0;
  }

  private withStatement(stmt: SgNode): boolean {
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
        const taint = expr ? evalExpr(expr, this) : CLEAN;
        if (target) this.bindTarget(target, taint);
      } else evalExpr(value, this);
    }
    const body = children.find((c) => c.kind() === "block");
    return body ? this.block(body) : false;
  }

  private matchStatement(stmt: SgNode): void {
    const children = stmt.children();
    const subject = children[1];
    if (subject) evalExpr(subject, this);
    const outcomes: Env[] = [this.env];
    const cases = children.find((c) => c.kind() === "block")?.children() ?? [];
    for (const c of cases) {
      const body = c.children().find((x) => x.kind() === "block");
      if (!body) continue;
      const r = this.branch(new Map(this.env), () => this.block(body));
      if (!r.exits) outcomes.push(r.env);
    }
    this.env = joinEnvs(outcomes);
  }
}
