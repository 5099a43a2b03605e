const fs = require('fs');
const path = require('path');

const BASE = path.resolve('/srv/app/attachments');

function openAttachment(name) {
  const cleaned = name.replace('../', '');
  const full = path.join(BASE, cleaned);
  return fs.createReadStream(full); // cg-expect: CWE-22
}

module.exports = { openAttachment };
