const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');

const UPLOAD_ROOT = '/srv/helpdesk/attachments';

async function saveAttachment(ticketId, part) {
  const dir = path.join(UPLOAD_ROOT, String(Number(ticketId)));
  await fs.promises.mkdir(dir, { recursive: true });
  const ext = path.extname(path.basename(part.filename)).replace(/[^.\w]/g, '').slice(0, 10);
  const target = path.join(dir, crypto.randomUUID() + ext);
  await pipeline(part.file, fs.createWriteStream(target));
  return { name: path.basename(part.filename), storedAs: path.basename(target), mimetype: part.mimetype };
}

module.exports = { saveAttachment };
