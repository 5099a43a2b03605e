const util = require('util');
const { exec, execFile } = require('child_process');
const run = util.promisify(exec);
const runFile = util.promisify(execFile);

class RepoInspector {
  constructor(dir) {
    this.dir = dir;
  }

  async recentCommits(branch) {
    if (!/^[\w./-]+$/.test(branch) || branch.startsWith('-')) {
      throw new Error('bad branch name');
    }
    const { stdout } = await runFile('git', ['log', '--oneline', '-n', '20', branch, '--'], { cwd: this.dir });
    return stdout.split('\n').filter(Boolean);
  }
}

module.exports = { RepoInspector };
