const { execFile } = require('child_process');
const { promisify } = require('util');

const sh = promisify(execFile);

async function runBackup(tenant) {
  const dataDir = `/srv/data/tenant-${Number(tenant.id)}`;
  const label = String(tenant.backup_label || 'backup').replace(/[^A-Za-z0-9_-]/g, '');
  const archive = `/srv/backups/${label || 'backup'}-${Date.now()}.tgz`;
  await sh('tar', ['czf', archive, '-C', dataDir, '.']);
  return archive;
}

module.exports = { runBackup };
