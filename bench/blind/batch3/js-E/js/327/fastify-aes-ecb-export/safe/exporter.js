const crypto = require('crypto');
const db = require('./db');

const EXPORT_KEY = Buffer.from(process.env.EXPORT_KEY_B64, 'base64');

async function buildExport(tenantId) {
  const { rows } = await db.query('SELECT id, name, email, phone FROM customers WHERE tenant_id = $1', [tenantId]);
  const csv = rows.map((r) => [r.id, r.name, r.email, r.phone].join(',')).join('\n');
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', EXPORT_KEY, iv);
  const body = Buffer.concat([cipher.update(csv, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

module.exports = { buildExport };
