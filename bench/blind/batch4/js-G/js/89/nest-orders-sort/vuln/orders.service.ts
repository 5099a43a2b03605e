import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const STATUSES = new Set(['open', 'shipped', 'cancelled']);

@Injectable()
export class OrdersService {
  constructor(private readonly dataSource: DataSource) {}

  async findByCustomer(customer: string, status: string) {
    const st = STATUSES.has(status) ? status : 'open';
    const sql = `SELECT id, total, created_at FROM orders
      WHERE status = '${st}' AND customer_name ILIKE '%${customer}%'
      ORDER BY created_at DESC LIMIT 50`;
    return this.dataSource.query(sql); // cg-expect: CWE-89
  }
}
