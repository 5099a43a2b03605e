const { exec, execFile } = require('child_process');
const path = require('path');
const { promisify } = require('util');
const run = promisify(exec);

const EXPORT_DIR = '/var/app/exports';

async function createArchive(name) {
  const target = path.join(EXPORT_DIR, `${name}.tar.gz`);
  await run(`tar -czf ${target} -C /var/app/data .`); // cg-expect: CWE-78
  return target;
}

module.exports = { createArchive };
