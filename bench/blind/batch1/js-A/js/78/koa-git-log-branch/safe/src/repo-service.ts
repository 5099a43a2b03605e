import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface CommitLine {
  sha: string;
  subject: string;
}

export class RepoService {
  constructor(private readonly root: string) {}

  private repoDir(name: string): string {
    if (!/^[a-z0-9_-]+$/i.test(name)) {
      throw new Error('bad repository name');
    }
    return path.join(this.root, `${name}.git`);
  }

  async history(name: string, branch: string, limit: number): Promise<CommitLine[]> {
    const cwd = this.repoDir(name);
    if (branch.startsWith('-') || !/^[\w./-]+$/.test(branch)) {
      throw new Error('bad branch name');
    }
    const raw = execFileSync('git', ['log', '--format=%H%x09%s', '-n', String(limit), branch, '--'], { cwd, encoding: 'utf8' });
    return raw
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha, subject] = line.split('\t');
        return { sha, subject };
      });
  }
}
