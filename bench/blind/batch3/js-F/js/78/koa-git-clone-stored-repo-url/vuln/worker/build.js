const path = require('path');
const util = require('util');
const cp = require('child_process');
const exec = util.promisify(cp.exec);

class BuildWorker {
  constructor(root) {
    this.root = root;
  }

  async checkout(project) {
    const dir = path.join(this.root, String(project.id));
    await exec(`git clone --depth 1 ${project.repoUrl} ${dir}`); // cg-expect: CWE-78
    return dir;
  }
}

module.exports = { BuildWorker };
