const EDITABLE = ['displayName', 'bio', 'timezone'];

function buildUpdate(body) {
  if (!body || typeof body !== 'object') return null;
  // clients send either a partial profile or a ready-made update document
  const hasOperators = Object.keys(body).some((k) => k.startsWith('$'));
  return hasOperators ? body : { $set: body };
}

module.exports = { buildUpdate, EDITABLE };
