const { Pool } = require('pg');

module.exports = { pool: new Pool() };
