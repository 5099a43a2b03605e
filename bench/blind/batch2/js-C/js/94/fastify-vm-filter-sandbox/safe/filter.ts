import vm from 'vm';

type Item = { sku: string; stock: number; price: number };
const ALLOWED = /^(stock|price)\s*(<|>|<=|>=|==)\s*(\d+)$/;

export class InventoryFilter {
  constructor(private readonly expr: string) {}

  matches(item: Item): boolean {
    if (this.expr === 'true') return true;
    const m = ALLOWED.exec(this.expr.trim());
    if (!m) throw new Error('unsupported filter');
    const [, field, op, raw] = m;
    const left = item[field as 'stock' | 'price'];
    const right = Number(raw);
    switch (op) {
      case '<': return left < right;
      case '>': return left > right;
      case '<=': return left <= right;
      case '>=': return left >= right;
      default: return left === right;
    }
  }
}
