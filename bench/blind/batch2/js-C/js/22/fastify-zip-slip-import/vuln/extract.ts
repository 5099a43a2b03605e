import AdmZip from 'adm-zip';
import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';

export function extractTheme(buf: Buffer, destDir: string): string[] {
  const root = path.resolve(destDir);
  const written: string[] = [];
  for (const entry of new AdmZip(buf).getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.join(root, entry.entryName);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, entry.getData()); // cg-expect: CWE-22
    written.push(path.relative(root, target));
  }
  return written;
}
