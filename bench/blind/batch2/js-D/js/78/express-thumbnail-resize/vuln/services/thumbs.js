const { exec } = require('child_process');
const path = require('path');
const util = require('util');

const run = util.promisify(exec);
const OUT_DIR = '/var/app/thumbs';

async function makeThumbnail(tmpPath, originalName, width) {
  const outName = `${Date.now()}-${originalName}.png`;
  const outPath = path.join(OUT_DIR, outName);
  await run(`convert ${tmpPath} -resize ${width}x ${outPath}`); // cg-expect: CWE-78
  return outName;
}

module.exports = { makeThumbnail };
