const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');

class UploadStore {
  constructor(dir) {
    this.dir = path.resolve(dir);
  }

  async save(filename, stream) {
    const dest = path.join(this.dir, filename);
    await pipeline(stream, fs.createWriteStream(dest)); // cg-expect: CWE-22
    return path.basename(dest);
  }
}

module.exports = { UploadStore };
