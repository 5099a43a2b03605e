const db = require('./db');

async function canImpersonate(actorId, targetId) {
  const actor = await db.oneOrNone('SELECT role FROM users WHERE id = $1', [actorId]);
  if (!actor || actor.role !== 'support') return false;
  const target = await db.oneOrNone('SELECT role FROM users WHERE id = $1', [targetId]);
  return Boolean(target) && target.role === 'customer';
}

module.exports = { canImpersonate };
