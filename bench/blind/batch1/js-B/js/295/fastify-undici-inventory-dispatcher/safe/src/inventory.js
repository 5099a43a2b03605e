import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';

const INVENTORY_URL = process.env.INVENTORY_URL ?? 'https://inventory.internal:8443';

const dispatcher = new Agent({
  connections: 32,
  keepAliveTimeout: 10_000,
  connect: { ca: readFileSync(process.env.INTERNAL_CA_PATH ?? '/etc/pki/internal-ca.pem'), servername: 'inventory.internal' },
});

export async function reserve(sku, quantity, orderId) {
  const { statusCode, body } = await request(`${INVENTORY_URL}/v1/reservations`, {
    method: 'POST',
    dispatcher,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.INVENTORY_TOKEN}` },
    body: JSON.stringify({ sku, quantity, orderId }),
  });
  const payload = await body.json();
  if (statusCode >= 400) throw Object.assign(new Error(payload.message ?? 'reservation failed'), { statusCode });
  return payload;
}
