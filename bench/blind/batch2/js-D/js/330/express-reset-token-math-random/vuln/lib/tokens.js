function newResetToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // cg-expect: CWE-330
}

function jitter(ms) {
  // retry back-off spread, not security relevant
  return Math.floor(ms * (0.5 + Math.random()));
}

module.exports = { newResetToken, jitter };
