const EDITABLE = ['displayName', 'bio', 'timezone'];

function buildUpdate(body) {
  if (!body || typeof body !== 'object') return null;
  const $set = {};
  for (const key of EDITABLE) {
    if (typeof body[key] === 'string') $set[key] = body[key].slice(0, 500);
  }
  return Object.keys($set).length ? { $set } : null;
}

module.exports = { buildUpdate, EDITABLE };
