const fs = require('fs');
const path = require('path');

const UPLOAD_ROOT = path.resolve('/srv/app/uploads');

function openAttachment(name) {
  const full = path.resolve(UPLOAD_ROOT, name);
  if (!full.startsWith(UPLOAD_ROOT + path.sep)) return null;
  return fs.createReadStream(full);
}

module.exports = { openAttachment };
