const APP_ORIGIN = 'https://portal.acme.io';
function isSameSite(raw) {
  try { return new URL(raw, APP_ORIGIN).origin === APP_ORIGIN; } catch { return false; }
}
module.exports = { isSameSite, APP_ORIGIN };
