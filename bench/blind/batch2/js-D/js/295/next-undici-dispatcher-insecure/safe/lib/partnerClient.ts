import { Agent, fetch } from 'undici';
import { readFileSync } from 'fs';

const BASE = process.env.PARTNER_API_URL ?? 'https://api.partner-bank.example';

const dispatcher = new Agent({
  connect: {
    rejectUnauthorized: true,
    ca: readFileSync(process.env.PARTNER_CA_BUNDLE ?? '/etc/ssl/certs/partner-ca.pem'),
  },
});

export function partnerFetch(path: string) {
  return fetch(`${BASE}${path}`, {
    dispatcher,
    headers: { authorization: `Bearer ${process.env.PARTNER_TOKEN}` },
  });
}
