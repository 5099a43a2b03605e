import { spawn } from 'child_process';

const REPO_DIR = '/srv/git/main.git';

function collect(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO_DIR });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
  });
}

export async function lastCommits(branch: string, limit: number): Promise<string[]> {
  // reject obvious command separators
  if (/[;&]/.test(branch)) {
    throw new Error('invalid branch');
  }
  const out = await collect('sh', ['-c', `git log --format=%H:%s -n ${limit} ${branch}`]); // cg-expect: CWE-78
  return out.split('\n').filter(Boolean);
}
