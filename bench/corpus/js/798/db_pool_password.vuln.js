const { Pool } = require("pg");

const pool = new Pool({
  host: process.env.DB_HOST || "localhost",
  user: "billing",
  password: "Winter-Harbour-2023!",  // cg-expect: CWE-798
  database: "billing",
});

module.exports = pool;
