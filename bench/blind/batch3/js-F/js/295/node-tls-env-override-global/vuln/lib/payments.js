const fetch = require('node-fetch');

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // cg-expect: CWE-295

const BASE = 'https://payments.internal.example';

async function capture(chargeId, amountCents) {
  const res = await fetch(`${BASE}/charges/${encodeURIComponent(chargeId)}/capture`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ amount: amountCents }),
  });
  if (!res.ok) throw new Error(`capture failed: ${res.status}`);
  return res.json();
}

module.exports = { capture };
