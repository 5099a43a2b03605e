import { exec as execCb, execFile as execFileCb } from 'child_process';
import { promisify } from 'util';
import { db } from '../db';

const exec = promisify(execCb);
const execFile = promisify(execFileCb);

export async function exportPdf(docId: number): Promise<string> {
  const doc = await db.one<{ title: string; html_path: string }>('SELECT title, html_path FROM documents WHERE id = $1', [docId]);
  const out = `/tmp/export-${docId}.pdf`;
  await execFile('wkhtmltopdf', ['--title', doc.title, '--', doc.html_path, out]);
  return out;
}
