const { Pool } = require('pg');

const pool = new Pool({
  host: 'prod-db.internal.example.com',
  port: 5432,
  user: 'app_rw',
  password: process.env.PGPASSWORD,
  database: 'shop',
  max: 20,
  ssl: { rejectUnauthorized: true },
});

module.exports = {
  query: (text, params) => pool.query(text, params),
};
