const { Pool } = require("pg");

const pool = new Pool({
  host: process.env.DB_HOST || "localhost",
  user: "billing",
  password: process.env.DB_PASSWORD,
  database: "billing",
});

module.exports = pool;
