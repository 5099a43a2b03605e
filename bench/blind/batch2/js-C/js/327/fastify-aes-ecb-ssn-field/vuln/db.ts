import { Pool } from 'pg';

const pool = new Pool();

export async function insertEmployee(name: string, ssnEnc: string): Promise<number> {
  const { rows } = await pool.query('INSERT INTO employees (name, ssn_enc) VALUES ($1, $2) RETURNING id', [name, ssnEnc]);
  return rows[0].id;
}
