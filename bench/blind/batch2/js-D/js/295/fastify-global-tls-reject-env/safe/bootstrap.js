const fs = require('fs');
const https = require('https');

// staging and production both sit behind the corporate TLS inspection proxy
https.globalAgent.options.ca = fs.readFileSync(process.env.CORP_CA_BUNDLE || '/etc/ssl/corp-ca.pem');

if (fs.existsSync('/run/secrets/payments_token')) {
  process.env.PAYMENTS_TOKEN = fs.readFileSync('/run/secrets/payments_token', 'utf8').trim();
}
