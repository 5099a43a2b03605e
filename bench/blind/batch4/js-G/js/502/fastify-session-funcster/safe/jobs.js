const funcster = require('funcster');

function restoreJob(snapshot) {
  if (!snapshot || typeof snapshot !== 'object') return null;
  return { name: String(snapshot.name), data: JSON.parse(JSON.stringify(snapshot.data ?? {})) };
}

module.exports = { restoreJob };
