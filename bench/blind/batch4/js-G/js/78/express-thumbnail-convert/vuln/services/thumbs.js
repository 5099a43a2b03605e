const { promisify } = require('util');
const { exec, execFile } = require('child_process');
const path = require('path');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const THUMB_DIR = '/var/app/thumbs';

async function makeThumbnail(tmpPath, originalName, width) {
  const base = path.basename(originalName).replace(/\.[^.]+$/, '');
  const target = path.join(THUMB_DIR, `${base}_${width}.png`);
  const cmd = `convert "${tmpPath}" -resize ${width}x "${target}"`;
  await execAsync(cmd, { timeout: 15000 }); // cg-expect: CWE-78
  return target;
}

module.exports = { makeThumbnail };
