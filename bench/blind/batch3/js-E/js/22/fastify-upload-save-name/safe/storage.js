const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');

const ROOT = '/srv/uploads';

async function saveUpload(userId, filename, stream) {
  const dir = path.join(ROOT, String(userId));
  await fs.promises.mkdir(dir, { recursive: true });
  const safeName = path.basename(filename).replace(/[^\w.-]/g, '_');
  if (!safeName || safeName.startsWith('.')) throw new Error('bad filename');
  const dest = path.join(dir, safeName);
  await pipeline(stream, fs.createWriteStream(dest));
  return path.relative(ROOT, dest);
}

module.exports = { saveUpload };
