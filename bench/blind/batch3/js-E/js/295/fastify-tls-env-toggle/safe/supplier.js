const { Agent } = require('undici');
const fs = require('fs');

const BASE = 'https://supplier.partner.example/api';
const dispatcher = new Agent({ connect: { timeout: 4000, ca: fs.readFileSync('/etc/app/supplier-ca.pem'), rejectUnauthorized: true } });

async function supplierStock(sku) {
  const res = await fetch(`${BASE}/stock/${encodeURIComponent(sku)}`, {
    dispatcher,
    headers: { authorization: `Bearer ${process.env.SUPPLIER_TOKEN}` },
  });
  if (!res.ok) throw new Error(`supplier ${res.status}`);
  return res.json();
}

module.exports = { supplierStock };
