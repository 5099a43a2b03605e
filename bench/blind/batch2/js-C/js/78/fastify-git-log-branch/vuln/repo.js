const util = require('util');
const { exec, execFile } = require('child_process');
const run = util.promisify(exec);
const runFile = util.promisify(execFile);

class RepoInspector {
  constructor(dir) {
    this.dir = dir;
  }

  async recentCommits(branch) {
    const { stdout } = await run(`git log --oneline -n 20 ${branch}`, { cwd: this.dir }); // cg-expect: CWE-78
    return stdout.split('\n').filter(Boolean);
  }
}

module.exports = { RepoInspector };
