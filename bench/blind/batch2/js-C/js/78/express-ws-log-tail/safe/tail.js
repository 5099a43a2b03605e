const { spawn } = require('child_process');
const path = require('path');

const LOG_DIR = '/var/log/app';
const KNOWN = new Set(['access.log', 'error.log', 'worker.log']);

function tailLog(file, lines, onData) {
  const n = Math.min(Math.max(lines, 1), 1000);
  if (!KNOWN.has(file)) throw new Error('unknown log');
  const child = spawn('tail', ['-n', String(n), '-f', path.join(LOG_DIR, file)]);
  child.stdout.on('data', (buf) => onData(buf.toString()));
  return () => child.kill();
}

module.exports = { tailLog };
