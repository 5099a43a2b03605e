import { readFile } from 'fs/promises';
import path from 'path';

const LOG_DIR = '/var/log/apps';
const SERVICES = new Set(['api', 'worker', 'billing']);

export async function searchLogs(service: string, pattern: string): Promise<string[]> {
  if (!SERVICES.has(service)) throw new Error('unknown service');
  const text = await readFile(path.join(LOG_DIR, `${service}.log`), 'utf8');
  const re = new RegExp(pattern, 'i'); // cg-expect: CWE-1333
  return text.split('\n').filter((line) => re.test(line));
}
