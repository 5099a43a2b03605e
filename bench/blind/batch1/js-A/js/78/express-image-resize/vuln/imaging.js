const { exec } = require('child_process');
const path = require('path');
const os = require('os');

function resizeImage(mediaDir, file, width) {
  const output = path.join(os.tmpdir(), `thumb-${width}-${Date.now()}.png`);
  const input = `${mediaDir}/${file}`;
  const cmd = `convert "${input}" -resize ${width}x ${output}`;
  return new Promise((resolve, reject) => {
    exec(cmd, { timeout: 10000 }, (err) => { // cg-expect: CWE-78
      if (err) return reject(err);
      resolve(output);
    });
  });
}

module.exports = { resizeImage };
