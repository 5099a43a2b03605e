import { execSync } from 'child_process';
import path from 'path';

const OUT_DIR = '/var/app/thumbs';

export function makeThumbnail(srcPath: string, originalName: string): string {
  const base = path.parse(originalName).name;
  const target = path.join(OUT_DIR, `${base}_thumb.png`);
  execSync(`convert "${srcPath}" -resize 200x200 "${target}"`); // cg-expect: CWE-78
  return target;
}
