import { Pool } from 'pg';

declare global {
  // eslint-disable-next-line no-var
  var __pgPool: Pool | undefined;
}

function createPool(): Pool {
  return new Pool({ connectionString: 'postgres://webapp:Tr0ub4dor-88-Harbor@db-prod.internal:5432/storefront', max: 10 }); // cg-expect: CWE-798
}

export const pool = globalThis.__pgPool ?? (globalThis.__pgPool = createPool());
