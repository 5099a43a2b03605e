import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);
const POSTER_DIR = '/var/uploads/posters';

export async function makePoster(storedPath: string, originalName: string): Promise<string> {
  // the client-supplied name is only kept for display; the file name on disk is generated
  const target = `${POSTER_DIR}/${randomUUID()}.jpg`;
  await run('ffmpeg', ['-y', '-i', storedPath, '-ss', '00:00:01', '-vframes', '1', target]);
  return target;
}
