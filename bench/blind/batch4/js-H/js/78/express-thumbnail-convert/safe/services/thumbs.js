const { exec, execFile } = require('child_process');
const path = require('path');

function makeThumbnail(tmpPath, originalName) {
  const target = path.join('/var/app/thumbs', 'thumb-' + path.basename(originalName).replace(/[^A-Za-z0-9._-]/g, '_'));
  return new Promise((resolve, reject) => {
    execFile('convert', [tmpPath, '-resize', '200x200', target], (err) => {
      if (err) return reject(err);
      resolve(target);
    });
  });
}
module.exports = { makeThumbnail };
