import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class OrdersService {
  constructor(private readonly db: DataSource) {}

  async findByStatus(status: string, sort: string) {
    const SORTABLE: Record<string, string> = { created_at: 'created_at', total: 'total', status: 'status' };
    const orderBy = SORTABLE[sort] ?? 'created_at';
    return this.db.query(
      `SELECT id, customer_id, total, status FROM orders WHERE status = $1 ORDER BY ${orderBy} LIMIT 100`,
      [status],
    );
  }
}
