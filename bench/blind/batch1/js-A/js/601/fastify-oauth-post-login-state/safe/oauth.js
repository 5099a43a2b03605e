const { request } = require('undici');

// state = base64url(JSON.stringify({ nonce, returnUrl })) built by the login page script
function decodeState(state) {
  try {
    return JSON.parse(Buffer.from(String(state), 'base64url').toString('utf8'));
  } catch {
    return {};
  }
}

async function exchangeCode(code) {
  const { body } = await request('https://id.example.com/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: String(code), client_id: process.env.CLIENT_ID, client_secret: process.env.CLIENT_SECRET }).toString(),
  });
  const token = await body.json();
  return { sub: token.id_token_claims?.sub, email: token.id_token_claims?.email };
}

module.exports = { decodeState, exchangeCode };
