import type { Language } from "../core/language.js";
import { defineRule, type Rule } from "../rules/define-rule.js";
import { BUILTIN_RULES } from "../rules/registry.js";

/**
 * The built-in rules plus three that misbehave on purpose when a file holds
 * their marker: they stand in for a rule that is slow, greedy or deep on
 * hostile input, so the pool's limits are tested without depending on a real
 * rule's weakness (those get fixed). A pool built with `testRules` pointing
 * here runs them through the same worker code as a review.
 */
export const MARKERS = {
  spin: "SPIN_FOR_RULES",
  allocate: "ALLOCATE_FOR_RULES",
  recurse: "RECURSE_FOR_RULES",
  dawdle: "DAWDLE_FOR_RULES",
} as const;

const LANGUAGES: readonly Language[] = ["python", "javascript", "typescript"];

function misbehaving(id: string, title: string, marker: string, act: () => void): Rule {
  return defineRule(
    {
      id: `test/${id}`,
      languages: LANGUAGES,
      category: "pattern",
      severity: "low",
      confidence: 0.9,
      cwe: [],
      title,
      description: `Misbehaves on files containing ${marker}.`,
      why: "Exercises the rules pool's limits.",
      howToFix: "Nothing to fix: a test rule.",
      references: [],
      fixable: false,
    },
    (ctx) => {
      if (ctx.text.includes(marker)) act();
    },
  );
}

/** Busy for up to two minutes: only the per-file time limit ends it sooner. */
function spin(): void {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    // burn the core, as a backtracking regex would
  }
}

/** Busy for 0.3 s, then done: several in one batch outlast a time limit that each of them stays within. */
function dawdle(): void {
  const until = Date.now() + 300;
  while (Date.now() < until) {
    // a slow but finite rule
  }
}

/** Keeps every block it allocates, as a rule building a huge table would. */
function allocate(): void {
  const kept: number[][] = [];
  for (;;) kept.push(new Array<number>(1_000_000).fill(kept.length));
}

/** Recursion without a base case: a stack overflow, as a recursive walk over very deep code. */
function recurse(depth: number): number {
  return recurse(depth + 1) + 1;
}

export const rules: readonly Rule[] = [
  ...BUILTIN_RULES,
  misbehaving("spin", "Spins on its marker", MARKERS.spin, spin),
  misbehaving("allocate", "Allocates on its marker", MARKERS.allocate, allocate),
  misbehaving("recurse", "Recurses on its marker", MARKERS.recurse, () => recurse(0)),
  misbehaving("dawdle", "Dawdles on its marker", MARKERS.dawdle, dawdle),
];

/** For `new RulesPool({ testRules })`. */
export const testRules = { module: new URL(import.meta.url), rules };
