const { Pool } = require('pg');
const pool = new Pool();

class WebhookStore {
  async add(accountId, url) {
    const { rows } = await pool.query('INSERT INTO webhooks (account_id, url) VALUES ($1, $2) RETURNING id', [accountId, url]);
    return rows[0].id;
  }

  async get(accountId, id) {
    const { rows } = await pool.query('SELECT id, url FROM webhooks WHERE account_id = $1 AND id = $2', [accountId, id]);
    return rows[0];
  }
}

module.exports = { WebhookStore };
