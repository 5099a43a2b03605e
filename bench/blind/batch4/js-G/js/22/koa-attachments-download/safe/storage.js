const fs = require('fs');
const path = require('path');

const BASE = path.resolve('/srv/app/attachments');

function openAttachment(name) {
  const full = path.resolve(BASE, name);
  if (!full.startsWith(BASE + path.sep)) return null;
  return fs.createReadStream(full);
}

module.exports = { openAttachment };
