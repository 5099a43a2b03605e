import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import path from 'path';

const sh = promisify(exec);
const run = promisify(execFile);

export class PrintService {
  constructor(private readonly dir: string) {}

  async print(queue: string, docId: number): Promise<string> {
    const file = path.join(this.dir, `${Math.trunc(docId)}.pdf`);
    const { stdout } = await sh(`lp -d ${queue} -o media=A4 ${file}`); // cg-expect: CWE-78
    return stdout.trim();
  }
}
