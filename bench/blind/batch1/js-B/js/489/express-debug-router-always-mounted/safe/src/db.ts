import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PG_POOL_MAX ?? 10),
  idleTimeoutMillis: 30_000,
  ssl: process.env.PGSSLROOTCERT ? { ca: process.env.PGSSLROOTCERT } : undefined,
});

pool.on('error', (err) => {
  console.error('idle client error', err);
});
