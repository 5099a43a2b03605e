function assignDeep(target, src) {
  for (const [key, value] of Object.entries(src)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key] || typeof target[key] !== 'object') target[key] = {};
      assignDeep(target[key], value);
    } else {
      target[key] = value; // cg-expect: CWE-1321
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
