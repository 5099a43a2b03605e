const funcster = require('funcster');

function restoreJob(snapshot) {
  if (!snapshot || typeof snapshot !== 'object') return null;
  return funcster.deepDeserialize(snapshot); // cg-expect: CWE-502
}

module.exports = { restoreJob };
