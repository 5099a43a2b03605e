const crypto = require('crypto');
const db = require('./db');

const EXPORT_KEY = Buffer.from(process.env.EXPORT_KEY_B64, 'base64');

async function buildExport(tenantId) {
  const { rows } = await db.query('SELECT id, name, email, phone FROM customers WHERE tenant_id = $1', [tenantId]);
  const csv = rows.map((r) => [r.id, r.name, r.email, r.phone].join(',')).join('\n');
  const cipher = crypto.createCipheriv('aes-128-ecb', EXPORT_KEY.subarray(0, 16), null); // cg-expect: CWE-327
  return Buffer.concat([cipher.update(csv, 'utf8'), cipher.final()]);
}

module.exports = { buildExport };
