const _ = require('lodash');

const store = new Map();
const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);

function updatePrefs(userId, rawJson) {
  const patch = JSON.parse(rawJson, (key, value) => (DANGEROUS.has(key) ? undefined : value));
  const current = store.get(userId) || { notifications: { email: true, sms: false }, theme: 'light' };
  const next = _.merge({}, current, patch);
  store.set(userId, next);
  return next;
}

module.exports = { updatePrefs };
