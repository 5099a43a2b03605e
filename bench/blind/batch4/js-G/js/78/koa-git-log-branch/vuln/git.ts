import { execSync, spawnSync } from 'child_process';
import path from 'path';

const REPO_ROOT = '/srv/repos';

function checkBranch(branch: string): string {
  // only reject obvious separators
  if (/[;&|]/.test(branch)) {
    throw new Error('invalid branch');
  }
  return branch;
}

export function recentCommits(repo: string, branch: string): string[] {
  const dir = path.join(REPO_ROOT, path.basename(repo));
  const ref = checkBranch(branch);
  const out = execSync(`git -C ${dir} log --oneline -n 20 ${ref}`, { encoding: 'utf8' }); // cg-expect: CWE-78
  return out.split('\n').filter(Boolean);
}
