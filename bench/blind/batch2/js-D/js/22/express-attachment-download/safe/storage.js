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
  const full = path.resolve(dir, name);
  if (!full.startsWith(dir + path.sep)) {
    throw new Error('outside ticket directory');
  }
  return fs.createReadStream(full);
}

module.exports = { openAttachment, ticketDir };
