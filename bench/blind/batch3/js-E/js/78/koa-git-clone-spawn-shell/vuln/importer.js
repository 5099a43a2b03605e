const { spawn } = require('child_process');
const path = require('path');

const WORKDIR = '/srv/projects';

function cloneRepo(repoUrl, name) {
  return new Promise((resolve, reject) => {
    const dest = path.join(WORKDIR, name);
    const child = spawn(`git clone --depth 1 ${repoUrl} ${dest}`, { shell: true, stdio: 'ignore' }); // cg-expect: CWE-78
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(dest) : reject(new Error(`git exited ${code}`))));
  });
}

module.exports = { cloneRepo };
