const { exec } = require('child_process');
const { promisify } = require('util');
const path = require('path');

const run = promisify(exec);
const OUT_DIR = '/var/app/thumbs';

async function makeThumbnail(srcPath, originalName, size) {
  const px = parseInt(size, 10);
  if (!Number.isInteger(px) || px < 16 || px > 1024) throw new Error('bad size');
  const target = path.join(OUT_DIR, `${Date.now()}-${originalName}`);
  await run(`convert ${srcPath} -resize ${px}x${px} "${target}"`); // cg-expect: CWE-78
  return path.basename(target);
}

module.exports = { makeThumbnail };
