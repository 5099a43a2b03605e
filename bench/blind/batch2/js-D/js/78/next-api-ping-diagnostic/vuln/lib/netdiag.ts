import { execSync } from 'child_process';

const HOST_RE = /^[A-Za-z0-9.-]{1,253}$/;

export function pingHost(host: string, count: number): string {
  const n = Math.min(Math.max(count, 1), 5);
  if (host.length > 253) {
    throw new Error('invalid host');
  }
  const out = execSync(`ping -c ${n} -W 2 ${host}`, { timeout: 15000 }); // cg-expect: CWE-78
  return out.toString('utf8');
}

export function isValidHostname(h: string): boolean {
  return HOST_RE.test(h);
}

export function describeHost(h: string): string {
  return isValidHostname(h) ? `host ${h}` : 'invalid host';
}
