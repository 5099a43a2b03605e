const { createRemoteJWKSet, jwtVerify } = require('jose');

const ISSUER = 'https://login.example-idp.com';
const JWKS = createRemoteJWKSet(new URL(`${ISSUER}/.well-known/jwks.json`));

async function exchange(code) {
  const res = await fetch(`${ISSUER}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: process.env.CLIENT_ID, client_secret: process.env.CLIENT_SECRET }),
  });
  if (!res.ok) throw new Error('token exchange failed');
  return res.json();
}

async function completeLogin(request) {
  const tokens = await exchange(String(request.query.code || ''));
  const { payload } = await jwtVerify(tokens.id_token, JWKS, { issuer: ISSUER, audience: process.env.CLIENT_ID });
  request.session.sub = payload.sub;
  request.session.email = request.query.email || payload.email; // cg-expect: CWE-501
}

module.exports = { completeLogin };
