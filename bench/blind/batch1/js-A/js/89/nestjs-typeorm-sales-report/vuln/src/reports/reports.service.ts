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
      WHERE st.region = '${region}' AND s.sold_at BETWEEN '${from}' AND '${to}'
      GROUP BY 1 ORDER BY 1`;
    return this.dataSource.query(sql); // cg-expect: CWE-89
  }
}
