const { Pool } = require('pg');

const pool = new Pool({
  host: process.env.PGHOST || 'orders-db.internal',
  user: 'orders_svc',
  password: process.env.PGPASSWORD,
  database: 'orders',
  max: 10,
});

module.exports = pool;
