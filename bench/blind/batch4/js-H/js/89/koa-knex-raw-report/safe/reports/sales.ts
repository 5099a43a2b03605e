import type { Knex } from 'knex';

export class SalesReport {
  constructor(private readonly knex: Knex) {}

  async byDay(from: string, to: string) {
    const { rows } = await this.knex.raw("SELECT date_trunc('day', created_at) AS day, sum(total) AS revenue FROM orders WHERE created_at BETWEEN ? AND ? GROUP BY 1 ORDER BY 1", [from, to]);
    return rows;
  }
}
