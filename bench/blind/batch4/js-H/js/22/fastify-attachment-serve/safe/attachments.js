const fs = require('fs/promises');
const path = require('path');
const db = require('./db');
const UPLOADS = '/srv/helpdesk/uploads';

async function readAttachment(ticketId) {
  const row = await db.one('SELECT attachment_name FROM tickets WHERE id = $1', [ticketId]);
  const name = path.basename(row.attachment_name);
  const buf = await fs.readFile(path.join(UPLOADS, name));
  return { buf, name };
}
module.exports = { readAttachment };
