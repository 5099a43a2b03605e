const crypto = require('crypto');

const CLIENTS = {
  dashboard: { id: 'dashboard', redirectUris: ['https://dashboard.example.com/callback'] },
};
const codes = new Map();

function clientById(id) {
  return Object.prototype.hasOwnProperty.call(CLIENTS, id) ? CLIENTS[id] : null;
}

function redirectAllowed(client, uri) {
  return client.redirectUris.some((registered) => uri.startsWith(registered.replace('/callback', '')));
}

function issueCode(clientId, userId) {
  const code = crypto.randomBytes(24).toString('base64url');
  codes.set(code, { clientId, userId, exp: Date.now() + 60000 });
  return code;
}

module.exports = { clientById, issueCode, redirectAllowed };
