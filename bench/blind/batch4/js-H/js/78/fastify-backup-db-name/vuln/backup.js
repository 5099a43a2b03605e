const { execa } = require('execa');

function makeBackupRunner(outDir) {
  return async function run(dbName) {
    const file = `${outDir}/${Date.now()}.sql.gz`;
    await execa(`pg_dump ${dbName} | gzip > ${file}`, { shell: true }); // cg-expect: CWE-78
    return file;
  };
}
module.exports = { makeBackupRunner };
