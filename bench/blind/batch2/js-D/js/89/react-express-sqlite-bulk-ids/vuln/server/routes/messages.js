const express = require('express');
const Database = require('better-sqlite3');

const db = new Database('/var/lib/inbox/inbox.db');
const router = express.Router();

router.post('/api/messages/archive', express.json(), (req, res) => {
  const ids = Array.isArray(req.body.ids) ? req.body.ids : [];
  if (ids.length === 0 || ids.length > 500) {
    return res.status(400).json({ error: 'select 1-500 messages' });
  }
  const sql = `UPDATE messages SET archived = 1 WHERE owner_id = ? AND id IN (${ids.join(',')})`;
  const info = db.prepare(sql).run(req.user.id); // cg-expect: CWE-89
  res.json({ archived: info.changes });
});

module.exports = router;
