import { exec } from 'node:child_process';
import { promisify } from 'node:util';

const sh = promisify(exec);
const POSTER_DIR = '/var/uploads/posters';

export async function makePoster(storedPath: string, originalName: string): Promise<string> {
  const base = originalName.replace(/\.[^.]+$/, '');
  const target = `${POSTER_DIR}/${base}.jpg`;
  await sh(`ffmpeg -y -i ${storedPath} -ss 00:00:01 -vframes 1 "${target}"`); // cg-expect: CWE-78
  return target;
}
