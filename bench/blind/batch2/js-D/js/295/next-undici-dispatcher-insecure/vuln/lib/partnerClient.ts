import { Agent, fetch } from 'undici';

const BASE = process.env.PARTNER_API_URL ?? 'https://api.partner-bank.example';

const dispatcher = new Agent({ connect: { rejectUnauthorized: false } }); // cg-expect: CWE-295

export function partnerFetch(path: string) {
  return fetch(`${BASE}${path}`, {
    dispatcher,
    headers: { authorization: `Bearer ${process.env.PARTNER_TOKEN}` },
  });
}
