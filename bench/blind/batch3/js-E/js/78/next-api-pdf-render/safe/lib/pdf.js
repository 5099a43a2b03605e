import { execaCommand, execa } from 'execa';
import { readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { randomUUID } from 'crypto';

export async function renderPdf(docId, pageSize) {
  const out = join(tmpdir(), `${randomUUID()}.pdf`);
  const src = `http://127.0.0.1:3000/print/${encodeURIComponent(docId)}`;
  if (!['A4', 'A5', 'Letter', 'Legal'].includes(pageSize)) throw new Error('unsupported page size');
  await execa('wkhtmltopdf', ['--page-size', pageSize, src, out]);
  try {
    return await readFile(out);
  } finally {
    await rm(out, { force: true });
  }
}

export { execa };
