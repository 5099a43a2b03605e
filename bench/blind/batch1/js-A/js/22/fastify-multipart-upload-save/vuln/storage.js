const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');

const UPLOAD_ROOT = '/srv/helpdesk/attachments';

async function saveAttachment(ticketId, part) {
  const dir = path.join(UPLOAD_ROOT, String(Number(ticketId)));
  await fs.promises.mkdir(dir, { recursive: true });
  const target = path.join(dir, part.filename);
  await pipeline(part.file, fs.createWriteStream(target)); // cg-expect: CWE-22
  return { name: part.filename, mimetype: part.mimetype };
}

module.exports = { saveAttachment };
