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

// where looks like: row.status === 'paid' && row.total > 50
export function filterRows(rows: OrderRow[], where: string): OrderRow[] {
  const predicate = new Function('row', `return (${where});`) as (r: OrderRow) => boolean; // cg-expect: CWE-94
  return rows.filter((r) => Boolean(predicate(r)));
}
