import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

const UPLOAD_DIR = path.resolve('/var/lib/docs/uploads');
const ALLOWED_EXT = new Set(['.pdf', '.png', '.jpg', '.txt']);

export async function saveUpload(filename: string, file: Readable): Promise<string> {
  const ext = path.extname(filename).toLowerCase();
  if (!ALLOWED_EXT.has(ext)) {
    file.resume();
    throw new Error('file type not allowed');
  }
  const target = path.join(UPLOAD_DIR, filename);
  await pipeline(file, fs.createWriteStream(target)); // cg-expect: CWE-22
  return path.basename(target);
}
