export type Predicate = (order: { total: number; country: string }) => boolean;

export class DiscountRules {
  private readonly compiled = new Map<string, Predicate>();

  compile(name: string, minimumTotal: string): Predicate {
    const threshold = Number(minimumTotal);
    const fn: Predicate = (order) => order.total >= threshold;
    this.compiled.set(name, fn);
    return fn;
  }
}

export function registerRule(body: { name: string; condition: string }, rules: DiscountRules) {
  return rules.compile(body.name, body.condition);
}
