const { execFile } = require('child_process');
const path = require('path');
const os = require('os');

function resizeImage(mediaDir, file, width) {
  const output = path.join(os.tmpdir(), `thumb-${width}-${Date.now()}.png`);
  const input = path.join(mediaDir, path.basename(file));
  const args = [input, '-resize', `${width}x`, output];
  return new Promise((resolve, reject) => {
    execFile('convert', args, { timeout: 10000 }, (err) => {
      if (err) return reject(err);
      resolve(output);
    });
  });
}

module.exports = { resizeImage };
