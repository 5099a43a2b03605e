import { exec } from 'child_process';

export interface WhoisRecord {
  domain: string;
  registrar?: string;
  raw: string;
}

function parse(domain: string, raw: string): WhoisRecord {
  const registrar = raw.match(/Registrar:\s*(.+)/i)?.[1]?.trim();
  return { domain, registrar, raw };
}

export function lookupDomain(domain: string): Promise<WhoisRecord> {
  return new Promise((resolve, reject) => {
    exec('whois ' + domain, { maxBuffer: 1024 * 1024 }, (err, stdout) => { // cg-expect: CWE-78
      if (err) return reject(err);
      resolve(parse(domain, stdout));
    });
  });
}
