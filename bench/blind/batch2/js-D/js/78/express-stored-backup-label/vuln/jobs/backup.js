const { exec } = require('child_process');
const { promisify } = require('util');

const sh = promisify(exec);

async function runBackup(tenant) {
  const dataDir = `/srv/data/tenant-${Number(tenant.id)}`;
  const archive = `/srv/backups/${tenant.backup_label}-${Date.now()}.tgz`;
  await sh(`tar czf ${archive} ${dataDir}`); // cg-expect: CWE-78
  return archive;
}

module.exports = { runBackup };
