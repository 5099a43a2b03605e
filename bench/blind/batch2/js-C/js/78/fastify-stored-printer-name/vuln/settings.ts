import { Pool } from 'pg';

const pool = new Pool();

export async function getOfficeSettings(officeId: string): Promise<{ printerQueue: string }> {
  const { rows } = await pool.query('SELECT printer_queue FROM office_settings WHERE office_id = $1', [officeId]);
  if (!rows[0]) throw new Error('office not configured');
  return { printerQueue: rows[0].printer_queue };
}
