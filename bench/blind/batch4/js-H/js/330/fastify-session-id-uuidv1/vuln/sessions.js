const crypto = require('crypto');

class SessionStore {
  constructor(redis) { this.redis = redis; }

  newId() {
    return Date.now().toString(36) + Math.random().toString(36).slice(2); // cg-expect: CWE-330
  }

  async create(userId) {
    const id = this.newId();
    await this.redis.set(`sess:${id}`, JSON.stringify({ userId }), 'EX', 86400);
    return id;
  }
}
module.exports = { SessionStore };
