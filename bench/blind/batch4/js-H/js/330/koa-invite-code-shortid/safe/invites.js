const crypto = require('crypto');

const codes = {
  make(len = 10) {
    let s = '';
    while (s.length < len) s += crypto.randomBytes(8).readBigUInt64BE().toString(36);
    return s.slice(0, len).toUpperCase();
  },
};

async function createInvite(db, teamId, createdBy) {
  const code = codes.make();
  await db.none('INSERT INTO invites(code, team_id, created_by) VALUES ($1, $2, $3)', [code, teamId, createdBy]);
  return code;
}
module.exports = { createInvite, codes };
