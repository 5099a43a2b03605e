import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import path from 'path';

const sh = promisify(exec);
const run = promisify(execFile);

export class PrintService {
  constructor(private readonly dir: string) {}

  async print(queue: string, docId: number): Promise<string> {
    const file = path.join(this.dir, `${Math.trunc(docId)}.pdf`);
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(queue)) throw new Error('invalid printer queue');
    const { stdout } = await run('lp', ['-d', queue, '-o', 'media=A4', file]);
    return stdout.trim();
  }
}
