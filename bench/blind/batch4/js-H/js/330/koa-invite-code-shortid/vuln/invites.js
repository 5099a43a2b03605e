const crypto = require('crypto');

const codes = {
  make(len = 10) {
    let s = '';
    while (s.length < len) s += Math.random().toString(36).slice(2); // cg-expect: CWE-330
    return s.slice(0, len).toUpperCase();
  },
};

async function createInvite(db, teamId, createdBy) {
  const code = codes.make();
  await db.none('INSERT INTO invites(code, team_id, created_by) VALUES ($1, $2, $3)', [code, teamId, createdBy]);
  return code;
}
module.exports = { createInvite, codes };
