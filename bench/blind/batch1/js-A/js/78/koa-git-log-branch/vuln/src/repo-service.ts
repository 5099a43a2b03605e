import { execSync } from 'node:child_process';
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
    const raw = execSync(`git log --format=%H%x09%s -n ${limit} ${branch}`, { cwd, encoding: 'utf8' }); // cg-expect: CWE-78
    return raw
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha, subject] = line.split('\t');
        return { sha, subject };
      });
  }
}
