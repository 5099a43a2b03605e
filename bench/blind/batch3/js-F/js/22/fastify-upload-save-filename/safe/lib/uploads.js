const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');

const DEST = path.resolve('/srv/docs/incoming');

async function saveUpload(filename, stream) {
  const safeName = `${crypto.randomUUID()}-${path.basename(filename).replace(/[^\w.-]/g, '_')}`;
  const target = path.join(DEST, safeName);
  if (path.dirname(target) !== DEST) throw new Error('bad name');
  await pipeline(stream, fs.createWriteStream(target));
  return path.basename(target);
}

module.exports = { saveUpload };
