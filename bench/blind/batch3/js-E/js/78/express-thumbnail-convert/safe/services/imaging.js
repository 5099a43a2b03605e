const { execFile } = require('child_process');
const { promisify } = require('util');
const path = require('path');

const run = promisify(execFile);
const OUT_DIR = '/var/app/thumbs';

async function makeThumbnail(srcPath, originalName, size) {
  const px = parseInt(size, 10);
  if (!Number.isInteger(px) || px < 16 || px > 1024) throw new Error('bad size');
  const target = path.join(OUT_DIR, `${Date.now()}-${path.basename(originalName).replace(/[^A-Za-z0-9._-]/g, '_')}`);
  await run('convert', [srcPath, '-resize', `${px}x${px}`, target]);
  return path.basename(target);
}

module.exports = { makeThumbnail };
