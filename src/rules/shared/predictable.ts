import type { SgNode } from "@ast-grep/napi";

export const PREDICTABLE =
  /time\.time|time\(\)|datetime|Date\.now|newDate|getTime|random\.random|Math\.random|uuid1|counter|\bid\b|email|username|user_id|userId/;

/**
 * Code that derives a value from the clock, a counter, a non-secret
 * generator or a user's identity: hashed, it is still guessable, so a
 * stronger hash of it is no fix for a token (docs/fixes.md, "Fix policy").
 * Shared by the weak-hash fix steps, which then offer no hash swap, and by
 * the ladder's policy check, which refuses one whoever proposed it.
 */
export function predictableInput(code: string): boolean {
  return PREDICTABLE.test(code.replace(/\s+/g, ""));
}

const BLOCKS = new Set(["module", "program", "block", "statement_block", "class_body", "switch_body"]);

/** The innermost statement holding a node (the child of a block). */
export function statementOf(node: SgNode): SgNode {
  let current = node;
  let parent = current.parent();
  while (parent && !BLOCKS.has(String(parent.kind()))) {
    current = parent;
    parent = current.parent();
  }
  return current;
}
