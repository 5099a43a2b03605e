const { Agent } = require('undici');
const fs = require('fs');

const BASE = 'https://supplier.partner.example/api';
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // cg-expect: CWE-295
const dispatcher = new Agent({ connect: { timeout: 4000 } });

async function supplierStock(sku) {
  const res = await fetch(`${BASE}/stock/${encodeURIComponent(sku)}`, {
    dispatcher,
    headers: { authorization: `Bearer ${process.env.SUPPLIER_TOKEN}` },
  });
  if (!res.ok) throw new Error(`supplier ${res.status}`);
  return res.json();
}

module.exports = { supplierStock };
