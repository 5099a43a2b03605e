import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';

export class ImportJob {
  constructor(private readonly repoUrl: string, private readonly ref: string) {}

  private command(target: string): string[] {
    const url = new URL(this.repoUrl);
    if (url.protocol !== 'https:') throw new Error('only https remotes are allowed');
    if (!/^[\w./-]+$/.test(this.ref) || this.ref.startsWith('-')) throw new Error('bad ref');
    return ['clone', '--depth', '1', '--branch', this.ref, '--', url.href, target];
  }

  async cloneInto(root: string): Promise<string> {
    const target = await mkdtemp(path.join(root, 'job-'));
    await new Promise<void>((resolve, reject) => {
      execFile('git', this.command(target), { timeout: 60_000 }, (err) => (err ? reject(err) : resolve()));
    });
    return target;
  }
}
