import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';

export interface TestResult {
  status: number;
  bodyPreview: string;
  ms: number;
}

async function assertPublic(hostname: string): Promise<string> {
  const { address } = await lookup(hostname);
  if (ipaddr.process(address).range() !== 'unicast') throw new Error('webhook target must be a public address');
  return address;
}

export class WebhookTester {
  async send(targetUrl: string, event: string): Promise<TestResult> {
    const url = new URL(targetUrl);
    if (url.protocol !== 'https:') throw new Error('webhooks must use https');
    const address = await assertPublic(url.hostname);
    const dispatcher = new Agent({ connect: { lookup: (_h, _o, cb) => cb(null, address, ipaddr.parse(address).kind() === 'ipv6' ? 6 : 4) } });
    const started = Date.now();
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-event': event },
      body: JSON.stringify({ event, test: true, sentAt: new Date().toISOString() }),
      signal: AbortSignal.timeout(5000),
      redirect: 'manual',
      dispatcher, // undici option honoured by Node's built-in fetch
    } as RequestInit;
    const res = await fetch(url, init);
    const text = await res.text();
    return { status: res.status, bodyPreview: text.slice(0, 2048), ms: Date.now() - started };
  }
}
