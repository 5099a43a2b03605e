import { comparePriority } from "./priority.js";
import type { Priority } from "./priority.js";

/** Budget a call in flight keeps for the attempts it may still make. */
export interface RetryHold {
  /** Sets what the call's remaining attempts could need at worst (0 when none remain). */
  set(tokens: number, cents: number): void;
  /** The call ended: what it held is free again. */
  release(): void;
}

interface Held {
  readonly priority: Priority;
  tokens: number;
  cents: number;
}

/**
 * The retry holds of one budget. A call that hangs or fails is charged its
 * reservation and then needs a new one to retry; while it waits, calls ranked
 * after it must not spend what that retry needs, or a hung security call
 * would lose its file to a lower-ranked agent (docs/llm.md, "Tokens and
 * money"). A hold binds only calls ranked strictly after its holder: it never
 * slows a call ranked before it, nor the holder itself.
 */
export class RetryHolds {
  private readonly held = new Set<Held>();

  open(priority: Priority): RetryHold {
    const entry: Held = { priority, tokens: 0, cents: 0 };
    this.held.add(entry);
    return {
      set: (tokens, cents) => {
        entry.tokens = tokens;
        entry.cents = cents;
      },
      release: () => {
        this.held.delete(entry);
      },
    };
  }

  /** What calls ranked before `priority` hold; a call without a rank stands after every hold. */
  before(priority: Priority | undefined): { tokens: number; cents: number } {
    let tokens = 0;
    let cents = 0;
    for (const h of this.held) {
      if (priority !== undefined && comparePriority(h.priority, priority) >= 0) continue;
      tokens += h.tokens;
      cents += h.cents;
    }
    return { tokens, cents };
  }
}
