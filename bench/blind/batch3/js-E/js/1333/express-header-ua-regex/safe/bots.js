const BOT_RE = /(?:bot|crawler|spider)/i;

function isBot(ua) {
  return BOT_RE.test(ua.slice(0, 512));
}

module.exports = { isBot };
