import { execFile } from 'child_process';

export interface WhoisRecord {
  domain: string;
  registrar?: string;
  raw: string;
}

const DOMAIN_RE = /^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/;

function parse(domain: string, raw: string): WhoisRecord {
  const registrar = raw.match(/Registrar:\s*(.+)/i)?.[1]?.trim();
  return { domain, registrar, raw };
}

export function lookupDomain(domain: string): Promise<WhoisRecord> {
  if (!DOMAIN_RE.test(domain)) {
    return Promise.reject(new Error('invalid domain'));
  }
  return new Promise((resolve, reject) => {
    execFile('whois', [domain], { maxBuffer: 1024 * 1024 }, (err, stdout) => {
      if (err) return reject(err);
      resolve(parse(domain, stdout));
    });
  });
}
