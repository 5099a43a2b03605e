import { spawnSync } from 'child_process';
import path from 'path';

const OUT_DIR = '/var/app/thumbs';

export function makeThumbnail(srcPath: string, originalName: string): string {
  const base = path.parse(originalName).name;
  const safeBase = base.replace(/[^A-Za-z0-9_-]/g, '_');
  const target = path.join(OUT_DIR, `${safeBase}_thumb.png`);
  const r = spawnSync('convert', [srcPath, '-resize', '200x200', target]);
  if (r.status !== 0) throw new Error('convert failed');
  return target;
}
