const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');

const ROOT = '/srv/uploads';

async function saveUpload(userId, filename, stream) {
  const dir = path.join(ROOT, String(userId));
  await fs.promises.mkdir(dir, { recursive: true });
  const dest = path.join(dir, filename);
  await pipeline(stream, fs.createWriteStream(dest)); // cg-expect: CWE-22
  return path.relative(ROOT, dest);
}

module.exports = { saveUpload };
