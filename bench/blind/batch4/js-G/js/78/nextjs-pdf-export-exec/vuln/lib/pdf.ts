import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import { randomUUID } from 'crypto';

const run = promisify(exec);
const runFile = promisify(execFile);

export async function renderPdf(url: string, title: string): Promise<string> {
  const out = `/tmp/exports/${randomUUID()}.pdf`;
  await run(`wkhtmltopdf --title "${title}" ${url} ${out}`); // cg-expect: CWE-78
  return out;
}
