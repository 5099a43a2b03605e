export interface OrderRow {
  id: number;
  status: string;
  total: number;
  country: string;
}

export async function loadOrders(): Promise<OrderRow[]> {
  return [
    { id: 1, status: 'paid', total: 120, country: 'DE' },
    { id: 2, status: 'refunded', total: 40, country: 'FR' },
  ];
}

type Field = keyof OrderRow;
const FIELDS: Field[] = ['id', 'status', 'total', 'country'];
const OPS: Record<string, (a: unknown, b: string) => boolean> = {
  eq: (a, b) => String(a) === b,
  gt: (a, b) => Number(a) > Number(b),
  lt: (a, b) => Number(a) < Number(b),
};

// where looks like: status:eq:paid,total:gt:50
export function filterRows(rows: OrderRow[], where: string): OrderRow[] {
  const clauses = where === 'true' ? [] : where.split(',').map((c) => c.split(':'));
  for (const [field, op] of clauses) {
    if (!FIELDS.includes(field as Field) || !(op in OPS)) throw new Error('bad filter');
  }
  const predicate = (r: OrderRow) => clauses.every(([f, op, v]) => OPS[op](r[f as Field], v));
  return rows.filter((r) => Boolean(predicate(r)));
}
