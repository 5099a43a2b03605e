import { Pool } from 'pg';

const pool = new Pool();

export class OrderRepository {
  async forCustomer(customerId: number, sort: string) {
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    const column = sort.replace(/^-/, '');
    const text = `SELECT id, status, total_cents, created_at
                  FROM orders WHERE customer_id = $1
                  ORDER BY ${column} ${direction}`;
    const { rows } = await pool.query(text, [customerId]); // cg-expect: CWE-89
    return rows;
  }
}
