import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const SORTABLE = new Set(['created_at', 'total', 'customer_name']);

@Injectable()
export class OrdersRepository {
  constructor(private readonly ds: DataSource) {}

  async findByStatus(status: string, sort: string) {
    const column = SORTABLE.has(sort) ? sort : 'created_at';
    return this.ds.query(`SELECT id, total, status FROM orders WHERE status = $1 ORDER BY ${column} DESC`, [status]);
  }
}
