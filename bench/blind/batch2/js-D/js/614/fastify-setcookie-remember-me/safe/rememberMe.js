const crypto = require('crypto');
const bcrypt = require('bcrypt');
const { Pool } = require('pg');

const pool = new Pool();

class RememberMe {
  async checkPassword(username, password) {
    const { rows } = await pool.query('SELECT id, password_hash FROM users WHERE username = $1', [String(username)]);
    if (!rows.length) return null;
    return (await bcrypt.compare(String(password), rows[0].password_hash)) ? { id: rows[0].id } : null;
  }

  async issue(userId) {
    const token = crypto.randomBytes(32).toString('base64url');
    const digest = crypto.createHash('sha256').update(token).digest('hex');
    await pool.query("INSERT INTO remember_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 days')", [userId, digest]);
    return token;
  }
}

module.exports = { RememberMe };
