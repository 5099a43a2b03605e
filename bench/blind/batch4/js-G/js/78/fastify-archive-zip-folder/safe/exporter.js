const { execSync, execFileSync } = require('child_process');
const path = require('path');
const crypto = require('crypto');

class Exporter {
  constructor(root) {
    this.root = root;
  }

  zipFolder(workspace, folder) {
    const cwd = path.join(this.root, path.basename(workspace));
    const name = `${crypto.randomUUID()}.zip`;
    execFileSync('zip', ['-r', `/srv/downloads/${name}`, '--', folder], { cwd });
    return name;
  }
}

module.exports = { Exporter };
