const path = require('path');
const util = require('util');
const cp = require('child_process');
const execFile = util.promisify(cp.execFile);

class BuildWorker {
  constructor(root) {
    this.root = root;
  }

  async checkout(project) {
    const dir = path.join(this.root, String(project.id));
    if (!/^https:\/\/[\w.-]+\/[\w./-]+$/.test(project.repoUrl)) throw new Error('unsupported repo url');
    await execFile('git', ['clone', '--depth', '1', '--', project.repoUrl, dir]);
    return dir;
  }
}

module.exports = { BuildWorker };
