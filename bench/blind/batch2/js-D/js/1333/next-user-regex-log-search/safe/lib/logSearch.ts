import { readFile } from 'fs/promises';
import path from 'path';

const LOG_DIR = '/var/log/apps';
const SERVICES = new Set(['api', 'worker', 'billing']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function searchLogs(service: string, pattern: string): Promise<string[]> {
  if (!SERVICES.has(service)) throw new Error('unknown service');
  const text = await readFile(path.join(LOG_DIR, `${service}.log`), 'utf8');
  const re = new RegExp(escapeRegExp(pattern), 'i');
  return text.split('\n').filter((line) => re.test(line));
}
