const pgp = require('pg-promise')();

module.exports = pgp({
  connectionString: process.env.DATABASE_URL,
  max: 10,
});
