const crypto = require('crypto');

class InviteService {
  constructor(db) {
    this.db = db;
  }

  newToken() {
    return Date.now().toString(36) + Math.random().toString(36).slice(2); // cg-expect: CWE-330
  }

  async invite(teamId, email) {
    const token = this.newToken();
    await this.db.invites.insert({ teamId, email, token, createdAt: new Date() });
    return `https://app.example.com/join/${token}`;
  }
}

module.exports = { InviteService };
