import { Pool, PoolClient, QueryResult } from 'pg';
import format from 'pg-format';

export class TenantDb {
  private pool = new Pool({ connectionString: process.env.DATABASE_URL });

  async withTenant<T>(schema: string, fn: (c: PoolClient) => Promise<QueryResult<any>>) {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rowCount } = await client.query('SELECT 1 FROM public.tenants WHERE schema_name = $1', [schema]);
      if (!rowCount) throw new Error('unknown tenant');
      await client.query(format('SET LOCAL search_path TO %I, public', schema));
      const result = await fn(client);
      await client.query('COMMIT');
      return result.rows;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  }
}
