const crypto = require('crypto');

class SessionStore {
  constructor() {
    this.map = new Map();
  }

  newId() {
    return Date.now().toString(36) + Math.random().toString(36).slice(2); // cg-expect: CWE-330
  }

  create(userId) {
    const id = this.newId();
    this.map.set(id, { userId, created: Date.now() });
    return id;
  }
}

module.exports = { SessionStore };
