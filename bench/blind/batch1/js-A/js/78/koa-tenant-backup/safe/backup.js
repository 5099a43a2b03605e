const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');
const { spawn } = require('child_process');

const TENANT_RE = /^[a-z0-9-]{1,40}$/;

function makeRunner(outDir) {
  return async function dump(tenant) {
    if (!TENANT_RE.test(tenant)) {
      throw new Error('invalid tenant');
    }
    const file = `${outDir}/${tenant}-${Date.now()}.sql.gz`;
    const child = spawn('pg_dump', [`--schema=tenant_${tenant}`, 'appdb']);
    await pipeline(child.stdout, zlib.createGzip(), fs.createWriteStream(file));
    return file;
  };
}

const createBackup = makeRunner('/var/backups/tenants');

module.exports = { createBackup };
