const sqlite3 = require("sqlite3");

const db = new sqlite3.Database("/var/lib/app/notes.db");

function deleteNotes(owner, ids) {
  const list = ids.join(",");
  db.run(`DELETE FROM notes WHERE owner = ? AND id IN (${list})`, [owner]);  // cg-expect: CWE-89
}

module.exports = function handler(req, res) {
  deleteNotes(req.user.id, req.body.ids);
  res.status(204).end();
};
