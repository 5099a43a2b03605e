const _ = require('lodash');

const store = new Map();
const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);

function updatePrefs(userId, rawJson) {
  const patch = JSON.parse(rawJson);
  const current = store.get(userId) || { notifications: { email: true, sms: false }, theme: 'light' };
  const next = _.merge({}, current, patch); // cg-expect: CWE-1321
  store.set(userId, next);
  return next;
}

module.exports = { updatePrefs };
