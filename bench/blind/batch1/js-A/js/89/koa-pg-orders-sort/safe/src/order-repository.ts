import { Pool } from 'pg';

const pool = new Pool();

const SORTABLE: Record<string, string> = {
  created_at: 'created_at',
  total: 'total_cents',
  status: 'status',
};

export class OrderRepository {
  async forCustomer(customerId: number, sort: string) {
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    const column = SORTABLE[sort.replace(/^-/, '')] ?? 'created_at';
    const text = `SELECT id, status, total_cents, created_at
                  FROM orders WHERE customer_id = $1
                  ORDER BY ${column} ${direction}`;
    const { rows } = await pool.query(text, [customerId]);
    return rows;
  }
}
