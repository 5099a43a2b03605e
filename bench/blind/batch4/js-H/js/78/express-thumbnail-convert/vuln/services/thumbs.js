const { exec, execFile } = require('child_process');
const path = require('path');

function makeThumbnail(tmpPath, originalName) {
  const target = path.join('/var/app/thumbs', 'thumb-' + originalName);
  return new Promise((resolve, reject) => {
    exec(`convert ${tmpPath} -resize 200x200 "${target}"`, (err) => { // cg-expect: CWE-78
      if (err) return reject(err);
      resolve(target);
    });
  });
}
module.exports = { makeThumbnail };
