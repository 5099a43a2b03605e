const BOT_RE = /^(\w+\s?)*(bot|crawler|spider)/i;

function isBot(ua) {
  return BOT_RE.test(ua); // cg-expect: CWE-1333
}

module.exports = { isBot };
