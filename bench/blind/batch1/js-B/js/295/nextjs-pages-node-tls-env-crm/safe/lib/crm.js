import fs from 'fs';
import https from 'https';

// The on-prem CRM serves a certificate from our corporate CA; trust that CA for this client only.
const crmAgent = new https.Agent({ ca: fs.readFileSync(process.env.CRM_CA_FILE || '/etc/ssl/corp-root.pem') });

const CRM_HOST = process.env.CRM_HOST;

export function createLead(lead) {
  const payload = JSON.stringify(lead);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: CRM_HOST,
        agent: crmAgent,
        path: '/api/v1/leads',
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
          Authorization: `Basic ${Buffer.from(`${process.env.CRM_USER}:${process.env.CRM_PASSWORD}`).toString('base64')}`,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => (res.statusCode < 300 ? resolve(JSON.parse(body)) : reject(new Error(`CRM ${res.statusCode}`))));
      }
    );
    req.on('error', reject);
    req.end(payload);
  });
}
