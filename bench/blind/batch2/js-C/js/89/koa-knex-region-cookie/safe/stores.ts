import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

export async function storesInRegion(region: string) {
  const result = await db.raw('SELECT id, name, city FROM stores WHERE region = ? AND open = true', [region]);
  return result.rows;
}
