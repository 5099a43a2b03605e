import { Pool } from 'pg';

declare global {
  // eslint-disable-next-line no-var
  var __pgPool: Pool | undefined;
}

function createPool(): Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not configured');
  }
  return new Pool({ connectionString, max: 10 });
}

export const pool = globalThis.__pgPool ?? (globalThis.__pgPool = createPool());
