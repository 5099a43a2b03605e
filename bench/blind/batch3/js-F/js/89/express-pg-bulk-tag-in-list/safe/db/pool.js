const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, idleTimeoutMillis: 30000 });

pool.on('error', (err) => {
  console.error('unexpected idle client error', err);
});

module.exports = pool;
