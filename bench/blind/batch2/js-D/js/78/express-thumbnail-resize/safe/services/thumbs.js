const { execFile } = require('child_process');
const path = require('path');
const util = require('util');

const run = util.promisify(execFile);
const OUT_DIR = '/var/app/thumbs';

async function makeThumbnail(tmpPath, originalName, width) {
  const w = parseInt(width, 10);
  if (!Number.isInteger(w) || w < 16 || w > 2000) {
    throw new Error('bad width');
  }
  const safeBase = path.basename(originalName).replace(/[^A-Za-z0-9._-]/g, '_');
  const outName = `${Date.now()}-${safeBase}.png`;
  const outPath = path.join(OUT_DIR, outName);
  await run('convert', [tmpPath, '-resize', `${w}x`, outPath]);
  return outName;
}

module.exports = { makeThumbnail };
