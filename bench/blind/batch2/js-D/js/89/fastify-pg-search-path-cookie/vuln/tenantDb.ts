import { Pool, PoolClient, QueryResult } from 'pg';

export class TenantDb {
  private pool = new Pool({ connectionString: process.env.DATABASE_URL });

  async withTenant<T>(schema: string, fn: (c: PoolClient) => Promise<QueryResult<any>>) {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL search_path TO ${schema}, public`); // cg-expect: CWE-89
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
