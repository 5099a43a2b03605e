const SKIP = new Set(['__proto__', 'constructor', 'prototype']);

function assignDeep(target, src) {
  for (const [key, value] of Object.entries(src)) {
    if (SKIP.has(key)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!Object.hasOwn(target, key) || !target[key] || typeof target[key] !== 'object') target[key] = {};
      assignDeep(target[key], value);
    } else {
      target[key] = value;
    }
  }
}

class Room {
  constructor(id) {
    this.id = id;
    this.state = { users: {}, cursor: {} };
  }

  update(patch) {
    assignDeep(this.state, patch);
  }
}

module.exports = { Room, assignDeep };
