const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(process.env.ATTACHMENT_ROOT || '/srv/helpdesk/attachments');

function ticketDir(ticketId) {
  const id = parseInt(ticketId, 10);
  if (!Number.isInteger(id)) throw new Error('bad ticket id');
  return path.join(ROOT, String(id));
}

function openAttachment(ticketId, name) {
  const dir = ticketDir(ticketId);
  const full = path.join(dir, name);
  return fs.createReadStream(full); // cg-expect: CWE-22
}

module.exports = { openAttachment, ticketDir };
