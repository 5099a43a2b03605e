import { exec } from 'child_process';
import { promisify } from 'util';

const run = promisify(exec);
const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export async function lookupWhois(domain: string): Promise<string> {
  if (!domain.includes('.')) {
    throw new Error('not a domain');
  }
  const { stdout } = await run(`whois ${domain}`, { timeout: 10000 }); // cg-expect: CWE-78
  const line = stdout.split('\n').find((l) => /^\s*Registrar:/i.test(l));
  return line ? line.split(':').slice(1).join(':').trim() : 'unknown';
}
