import { execSync, spawnSync } from 'child_process';
import path from 'path';

const REPO_ROOT = '/srv/repos';

function checkBranch(branch: string): string {
  if (!/^[A-Za-z0-9._\/-]{1,100}$/.test(branch) || branch.startsWith('-')) {
    throw new Error('invalid branch');
  }
  return branch;
}

export function recentCommits(repo: string, branch: string): string[] {
  const dir = path.join(REPO_ROOT, path.basename(repo));
  const ref = checkBranch(branch);
  const res = spawnSync('git', ['-C', dir, 'log', '--oneline', '-n', '20', ref, '--'], { encoding: 'utf8' });
  const out = res.stdout;
  return out.split('\n').filter(Boolean);
}
