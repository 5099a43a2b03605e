import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async salesByRegion(region: string, from: string, to: string) {
    const sql = `
      SELECT date_trunc('month', s.sold_at) AS month, SUM(s.amount) AS revenue
      FROM sales s JOIN stores st ON st.id = s.store_id
      WHERE st.region = $1 AND s.sold_at BETWEEN $2 AND $3
      GROUP BY 1 ORDER BY 1`;
    return this.dataSource.query(sql, [region, from, to]);
  }
}
