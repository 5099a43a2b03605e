const { spawn } = require('child_process');
const path = require('path');

const LOG_DIR = '/var/log/app';
const KNOWN = new Set(['access.log', 'error.log', 'worker.log']);

function tailLog(file, lines, onData) {
  const n = Math.min(Math.max(lines, 1), 1000);
  const child = spawn('sh', ['-c', `tail -n ${n} -f ${LOG_DIR}/${file}`]); // cg-expect: CWE-78
  child.stdout.on('data', (buf) => onData(buf.toString()));
  return () => child.kill();
}

module.exports = { tailLog };
