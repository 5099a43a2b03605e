import { exec } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';

export class ImportJob {
  constructor(private readonly repoUrl: string, private readonly ref: string) {}

  private command(target: string): string {
    return `git clone --depth 1 --branch ${this.ref} ${this.repoUrl} ${target}`;
  }

  async cloneInto(root: string): Promise<string> {
    const target = await mkdtemp(path.join(root, 'job-'));
    await new Promise<void>((resolve, reject) => {
      exec(this.command(target), { timeout: 60_000 }, (err) => (err ? reject(err) : resolve())); // cg-expect: CWE-78
    });
    return target;
  }
}
