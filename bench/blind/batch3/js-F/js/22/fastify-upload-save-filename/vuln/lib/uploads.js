const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');

const DEST = path.resolve('/srv/docs/incoming');

async function saveUpload(filename, stream) {
  const target = path.join(DEST, filename);
  await pipeline(stream, fs.createWriteStream(target)); // cg-expect: CWE-22
  return path.basename(target);
}

module.exports = { saveUpload };
