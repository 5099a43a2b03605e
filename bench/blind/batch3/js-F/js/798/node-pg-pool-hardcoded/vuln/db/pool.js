const { Pool } = require('pg');

const pool = new Pool({
  host: process.env.PGHOST || 'orders-db.internal',
  user: 'orders_svc',
  password: 'Xk9#vP2r!Lq7mWz4', // cg-expect: CWE-798
  database: 'orders',
  max: 10,
});

module.exports = pool;
