import { spawnSync } from 'child_process';

const HOST_RE = /^[A-Za-z0-9.-]{1,253}$/;

export function pingHost(host: string, count: number): string {
  const n = Math.min(Math.max(count, 1), 5);
  if (!HOST_RE.test(host) || host.startsWith('-')) {
    throw new Error('invalid host');
  }
  const r = spawnSync('ping', ['-c', String(n), '-W', '2', host], { timeout: 15000 });
  if (r.status !== 0) {
    throw new Error('ping failed');
  }
  return r.stdout.toString('utf8');
}

export function isValidHostname(h: string): boolean {
  return HOST_RE.test(h);
}

export function describeHost(h: string): string {
  return isValidHostname(h) ? `host ${h}` : 'invalid host';
}
