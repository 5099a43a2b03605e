import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class OrdersService {
  constructor(private readonly db: DataSource) {}

  async findByStatus(status: string, sort: string) {
    const orderBy = sort.replace(/;/g, '');
    return this.db.query(
      `SELECT id, customer_id, total, status FROM orders WHERE status = $1 ORDER BY ${orderBy} LIMIT 100`, // cg-expect: CWE-89
      [status],
    );
  }
}
