import type { SgNode } from "@ast-grep/napi";
import { evalExpr, OWN_ATTRIBUTES, subscriptKey, type CallFacts, type Scope } from "./expressions.js";
import { EXTERNAL_PYTHON_MODULES } from "../../xfile/py-external-modules.js";
import {
  forStatement,
  ifStatement,
  matchStatement,
  tryStatement,
  whileStatement,
  withStatement,
} from "./control-flow.js";
import type { Env } from "./env.js";
import { callArguments, codeChildren } from "./call-arguments.js";
import { applySameFileCheck, ownMethod } from "./guards.js";
import { assertionGuards } from "./predicates.js";
import { EXITING_CALLS } from "./sources.js";
import { CLEAN, join, markBuilt, type Taint } from "./taint.js";

/** What the walker needs from the file it is in; the shared members it passes on as its own {@link Scope}. */
export interface FileScope extends Pick<
  Scope,
  "canonical" | "callHelper" | "recordCall" | "moduleDef" | "classMethod"
> {
  global(name: string): Taint | undefined;
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
/** A class by PEP 8's naming: CapWords with a lower-case letter (not a CONSTANT). */
const CAP_WORDS = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Walks one function body (or the module's top level) in order, keeping an
 * environment of variable → taint. Branches run on copies that are joined
 * afterwards; loop bodies run twice so a value tainted late in the body
 * reaches uses early in it; blocks stop at return/raise/continue/break.
 */
export class Walker implements Scope {
  returns: Taint = CLEAN;
  env: Env;
  /** Names with `name["k"]` or `name.attr` entries, so rebinding a plain name stays cheap. */
  private readonly withParts = new Set<string>();

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

  moduleDef(name: string): SgNode | undefined {
    return this.file.moduleDef(name);
  }

  classMethod(holder: SgNode, name: string): SgNode | undefined {
    return this.file.classMethod(holder, name);
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

  recordValue(node: SgNode, taint: Taint): void {
    this.file.recordValue(node, taint);
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
        return ifStatement(this, stmt);
      case "for_statement":
        forStatement(this, stmt);
        return false;
      case "while_statement":
        whileStatement(this, stmt);
        return false;
      case "try_statement":
        return tryStatement(this, stmt);
      case "with_statement":
        return withStatement(this, stmt);
      case "match_statement":
        matchStatement(this, stmt);
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
      const call = kind === "await" ? expr.children()[1] : expr;
      if (call?.kind() === "call") this.afterAssertion(call);
      if (kind === "call") {
        const callee = expr.children()[0];
        const text = callee && SIMPLE_DOTTED.test(callee.text()) ? this.canonical(callee.text()) : "";
        return EXITING_CALLS.has(text);
      }
    }
    return false;
  }

  /** `ensure_public(url)`: past a same-file check that raises, its argument passed it (predicates.ts). */
  private afterAssertion(call: SgNode): void {
    const callee = call.field("function");
    if (callee?.kind() === "identifier" || (callee && ownMethod(callee, this) !== undefined))
      applySameFileCheck(callee, call.field("arguments"), this.env, this, assertionGuards);
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
    else if (right.kind() === "dictionary" && left.kind() === "identifier") {
      // The dict's own keys were just recorded: bind the name without forgetting them.
      taint = this.dictionary(left.text(), right);
      this.file.recordValue(node, taint);
      this.env.set(left.text(), taint);
      return taint;
    } else if (PATTERN_KINDS.has(String(left.kind())) && SEQUENCE_KINDS.has(String(right.kind()))) {
      const targets = codeChildren(left);
      const values = codeChildren(right);
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
    if (left.kind() === "identifier" && right.kind() === "call") this.constructed(left.text(), right);
    return taint;
  }

  /**
   * `att = Attachment(ticket_id=t, stored_name=name)`: an object of the
   * project's own class made from keywords holds each value under its
   * keyword's name; its other attributes (`att.folder`) are the class's own.
   * The object as a whole keeps every value, for calls it is passed to.
   */
  private constructed(name: string, call: SgNode): void {
    const callee = call.field("function");
    const className = callee?.kind() === "identifier" ? callee.text() : "";
    if (!CAP_WORDS.test(className) || !/[a-z]/.test(className)) return;
    const root = this.canonical(className).split(".")[0] ?? "";
    if (EXTERNAL_PYTHON_MODULES.has(root)) return;
    const { positional, keyword } = callArguments(call.field("arguments"));
    if (positional.length > 0 || keyword.size === 0) return;
    for (const [kw, value] of keyword) this.env.set(`${name}.${kw}`, evalExpr(value, this));
    this.env.set(`${name}.${OWN_ATTRIBUTES}`, CLEAN);
    this.withParts.add(name);
  }

  /** `d = {"k": v, ...}`: each constant key is tracked apart, so `d["other"]` stays clean. */
  private dictionary(name: string, dict: SgNode): Taint {
    const parts: Taint[] = [];
    const keys = new Map<string, Taint>();
    for (const pair of dict.children()) {
      if (!pair.isNamed()) continue;
      if (pair.kind() !== "pair") {
        parts.push(evalExpr(pair, this));
        continue;
      }
      const key = pair.field("key") ?? undefined;
      const value = pair.field("value");
      const valueTaint = value ? evalExpr(value, this) : CLEAN;
      const keyTaint = key ? evalExpr(key, this) : CLEAN;
      parts.push(valueTaint, keyTaint);
      const literal =
        key?.kind() === "string" && keyTaint.length === 0
          ? /^[rbuRBU]?(["'])(.*)\1$/s.exec(key.text())
          : null;
      if (literal) keys.set(`${name}[${JSON.stringify(literal[2] ?? "")}]`, valueTaint);
    }
    this.forgetParts(name);
    for (const [key, taint] of keys) this.env.set(key, taint);
    if (keys.size > 0) this.withParts.add(name);
    return join(...parts);
  }

  /** A new value for `d` drops what was known about `d["k"]` and `d.attr`. */
  private forgetParts(name: string): void {
    if (!this.withParts.has(name)) return;
    for (const key of this.env.keys()) {
      if (
        key.length > name.length &&
        key.startsWith(name) &&
        (key[name.length] === "[" || key[name.length] === ".")
      ) {
        this.env.delete(key);
      }
    }
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
      const name = target.text();
      this.forgetParts(name);
      this.env.set(name, taint);
    } else if (PATTERN_KINDS.has(kind) || kind === "as_pattern_target" || kind === "list_splat_pattern") {
      for (const child of target.children()) if (child.isNamed()) this.bindTarget(child, taint);
    } else if (kind === "attribute") {
      const text = target.text();
      if (SIMPLE_DOTTED.test(text)) {
        this.env.set(text, taint);
        this.withParts.add(text.slice(0, text.indexOf(".")));
      }
    } else if (kind === "subscript") {
      const key = subscriptKey(target.text());
      const container = target.children()[0];
      if (key !== undefined) {
        this.env.set(key, taint);
        this.withParts.add(key.slice(0, key.indexOf("[")));
      }
      if (container !== undefined && SIMPLE_DOTTED.test(container.text())) {
        const name = container.text();
        this.env.set(name, join(this.read(name) ?? CLEAN, taint));
      }
    }
  }
}
