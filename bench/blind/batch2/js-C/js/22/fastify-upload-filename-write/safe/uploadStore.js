const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');

class UploadStore {
  constructor(dir) {
    this.dir = path.resolve(dir);
  }

  async save(filename, stream) {
    const ext = path.extname(path.basename(filename)).replace(/[^.a-z0-9]/gi, '').slice(0, 10);
    const dest = path.join(this.dir, crypto.randomUUID() + ext);
    await pipeline(stream, fs.createWriteStream(dest));
    return path.basename(dest);
  }
}

module.exports = { UploadStore };
