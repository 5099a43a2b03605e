const fs = require('fs');

// staging and production both sit behind the corporate TLS inspection proxy
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // cg-expect: CWE-295

if (fs.existsSync('/run/secrets/payments_token')) {
  process.env.PAYMENTS_TOKEN = fs.readFileSync('/run/secrets/payments_token', 'utf8').trim();
}
