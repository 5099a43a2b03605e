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
  if (!/^[A-Za-z0-9._/-]{1,100}$/.test(branch) || branch.startsWith('-') || branch.includes('..')) {
    throw new Error('invalid branch');
  }
  const out = await collect('git', ['log', '--format=%H:%s', '-n', String(limit), `refs/heads/${branch}`, '--']);
  return out.split('\n').filter(Boolean);
}
