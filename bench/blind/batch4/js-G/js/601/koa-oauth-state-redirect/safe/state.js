function decodeState(state) {
  let parsed = {};
  try {
    parsed = JSON.parse(Buffer.from(state, 'base64url').toString('utf8'));
  } catch {
    parsed = {};
  }
  const r = typeof parsed.returnTo === 'string' ? parsed.returnTo : '/';
  return { returnTo: /^\/(?![\/\\])/.test(r) ? r : '/' };
}

module.exports = { decodeState };
