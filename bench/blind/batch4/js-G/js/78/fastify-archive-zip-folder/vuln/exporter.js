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
    execSync(`zip -r /srv/downloads/${name} ${folder}`, { cwd }); // cg-expect: CWE-78
    return name;
  }
}

module.exports = { Exporter };
