import { spawn } from 'node:child_process';
import { join, parse } from 'node:path';

const OUT_DIR = '/var/media/previews';

function run(cmd: string, args: string[], shell: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { shell, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited ${code}`))));
  });
}

export async function makePreview(input: string, originalName: string, start: string): Promise<string> {
  const seconds = Number(start);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 36000) {
    throw new Error('bad start time');
  }
  const base = parse(originalName).name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60) || 'clip';
  const out = join(OUT_DIR, `${base}-preview.mp4`);
  await run('ffmpeg', ['-y', '-ss', String(seconds), '-i', input, '-t', '5', '-vf', 'scale=480:-2', out], false);
  return out;
}
