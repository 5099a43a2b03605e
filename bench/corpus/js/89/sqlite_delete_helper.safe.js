const sqlite3 = require("sqlite3");

const db = new sqlite3.Database("/var/lib/app/notes.db");

function deleteNotes(owner, ids) {
  const list = ids.map((id) => Number.parseInt(id, 10)).join(",");
  db.run(`DELETE FROM notes WHERE owner = ? AND id IN (${list})`, [owner]);
}

module.exports = function handler(req, res) {
  deleteNotes(req.user.id, req.body.ids);
  res.status(204).end();
};
