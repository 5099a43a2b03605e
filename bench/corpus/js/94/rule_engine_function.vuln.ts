export type Predicate = (order: { total: number; country: string }) => boolean;

export class DiscountRules {
  private readonly compiled = new Map<string, Predicate>();

  compile(name: string, condition: string): Predicate {
    const fn = new Function("order", `return (${condition});`) as Predicate;  // cg-expect: CWE-94
    this.compiled.set(name, fn);
    return fn;
  }
}

export function registerRule(body: { name: string; condition: string }, rules: DiscountRules) {
  return rules.compile(body.name, body.condition);
}
