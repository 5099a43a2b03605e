const crypto = require('crypto');

class SessionStore {
  constructor(redis) { this.redis = redis; }

  newId() {
    return crypto.randomBytes(32).toString('base64url');
  }

  async create(userId) {
    const id = this.newId();
    await this.redis.set(`sess:${id}`, JSON.stringify({ userId }), 'EX', 86400);
    return id;
  }
}
module.exports = { SessionStore };
