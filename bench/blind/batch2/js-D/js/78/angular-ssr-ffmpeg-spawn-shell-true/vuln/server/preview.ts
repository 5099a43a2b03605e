import { spawn } from 'node:child_process';
import { join, parse } from 'node:path';

const OUT_DIR = '/var/media/previews';

function run(cmd: string, args: string[], shell: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { shell, stdio: 'ignore' }); // cg-expect: CWE-78
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited ${code}`))));
  });
}

export async function makePreview(input: string, originalName: string, start: string): Promise<string> {
  const out = join(OUT_DIR, `${parse(originalName).name}-preview.mp4`);
  await run('ffmpeg', ['-y', '-ss', start, '-i', input, '-t', '5', '-vf', 'scale=480:-2', out], true);
  return out;
}
