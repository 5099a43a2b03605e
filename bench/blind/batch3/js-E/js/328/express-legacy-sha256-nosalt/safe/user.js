const crypto = require('crypto');
const bcrypt = require('bcrypt');
const db = require('./db');

class User {
  constructor(row) {
    this.id = row.id;
    this.passwordHash = row.password_hash;
  }

  static async findById(id) {
    const { rows } = await db.query('SELECT id, password_hash FROM users WHERE id = $1', [id]);
    return new User(rows[0]);
  }

  async checkPassword(pw) {
    return bcrypt.compare(pw, this.passwordHash);
  }

  async setPassword(pw) {
    if (pw.length < 12) throw new Error('password too short');
    const hash = await bcrypt.hash(pw, 12);
    await db.query('UPDATE users SET password_hash = $1 WHERE id = $2', [hash, this.id]);
    this.passwordHash = hash;
  }
}

module.exports = User;
