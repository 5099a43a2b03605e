const jose = require('jose');

const JWKS = jose.createRemoteJWKSet(new URL('https://sso.example.com/.well-known/jwks.json'));

async function verifySsoSession(token) {
  if (!token) return null;
  try {
    const { payload } = await jose.jwtVerify(token, JWKS, { issuer: 'https://sso.example.com', audience: 'sso' });
    return { id: payload.sub, email: payload.email };
  } catch {
    return null;
  }
}

module.exports = { verifySsoSession };
