import vm from 'vm';

type Item = { sku: string; stock: number; price: number };
const ALLOWED = /^(stock|price)\s*(<|>|<=|>=|==)\s*(\d+)$/;

export class InventoryFilter {
  constructor(private readonly expr: string) {}

  matches(item: Item): boolean {
    return Boolean(vm.runInNewContext(this.expr, { ...item }, { timeout: 50 })); // cg-expect: CWE-94
  }
}
