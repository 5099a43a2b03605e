const { dbPromise } = require('./profile');

async function rivalsOf(player) {
  const db = await dbPromise;
  // nickname was written by the player earlier via PUT /me/nickname
  const sql = `SELECT nickname, score FROM players
               WHERE nickname <> '${player.nickname}' AND ABS(score - ${Number(player.score)}) < 500
               ORDER BY score DESC LIMIT 10`;
  return db.all(sql); // cg-expect: CWE-89
}

module.exports = { rivalsOf };
