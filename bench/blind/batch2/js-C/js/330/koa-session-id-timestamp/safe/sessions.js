const crypto = require('crypto');

class SessionStore {
  constructor() {
    this.map = new Map();
  }

  newId() {
    return crypto.randomBytes(32).toString('base64url');
  }

  create(userId) {
    const id = this.newId();
    this.map.set(id, { userId, created: Date.now() });
    return id;
  }
}

module.exports = { SessionStore };
