const { exec, execFile } = require('child_process');
const path = require('path');
const { promisify } = require('util');
const run = promisify(execFile);

const EXPORT_DIR = '/var/app/exports';

async function createArchive(name) {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(name)) throw new Error('bad name');
  const target = path.join(EXPORT_DIR, `${name}.tar.gz`);
  await run('tar', ['-czf', target, '-C', '/var/app/data', '.']);
  return target;
}

module.exports = { createArchive };
