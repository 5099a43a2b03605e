const fs = require('fs');
const path = require('path');

const UPLOAD_ROOT = path.resolve('/srv/app/uploads');

function openAttachment(name) {
  const cleaned = name.replace('../', '');
  const full = path.join(UPLOAD_ROOT, cleaned);
  return fs.createReadStream(full); // cg-expect: CWE-22
}

module.exports = { openAttachment };
