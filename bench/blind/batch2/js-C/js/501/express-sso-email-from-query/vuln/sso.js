const jwt = require('jsonwebtoken');
const fs = require('fs');

const IDP_PUBLIC_KEY = fs.readFileSync('/etc/app/idp-public.pem');

function verifySsoToken(token) {
  return new Promise((resolve, reject) => {
    jwt.verify(token, IDP_PUBLIC_KEY, { algorithms: ['RS256'], audience: 'portal', issuer: 'https://idp.example.com' }, (err, claims) => {
      if (err) return reject(err);
      resolve(claims);
    });
  });
}

module.exports = { verifySsoToken };
