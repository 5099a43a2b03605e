const { execa } = require('execa');

function makeBackupRunner(outDir) {
  return async function run(dbName) {
    const file = `${outDir}/${Date.now()}.sql.gz`;
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(dbName)) throw new Error('invalid database name');
    await execa('pg_dump', ['--compress=9', '--file', file, '--', dbName]);
    return file;
  };
}
module.exports = { makeBackupRunner };
