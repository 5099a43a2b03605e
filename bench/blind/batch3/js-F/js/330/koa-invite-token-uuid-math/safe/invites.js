const crypto = require('crypto');

class InviteService {
  constructor(db) {
    this.db = db;
  }

  newToken() {
    return crypto.randomBytes(24).toString('base64url');
  }

  async invite(teamId, email) {
    const token = this.newToken();
    await this.db.invites.insert({ teamId, email, token, createdAt: new Date() });
    return `https://app.example.com/join/${token}`;
  }
}

module.exports = { InviteService };
