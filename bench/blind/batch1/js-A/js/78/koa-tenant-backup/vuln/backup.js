const util = require('util');
const { exec } = require('child_process');

const execAsync = util.promisify(exec);
const TENANT_RE = /^[a-z0-9-]+/;

function makeRunner(outDir) {
  return async function dump(tenant) {
    if (!TENANT_RE.test(tenant)) {
      throw new Error('invalid tenant');
    }
    const file = `${outDir}/${tenant}-${Date.now()}.sql.gz`;
    await execAsync(`pg_dump --schema=tenant_${tenant} appdb | gzip > ${file}`); // cg-expect: CWE-78
    return file;
  };
}

const createBackup = makeRunner('/var/backups/tenants');

module.exports = { createBackup };
