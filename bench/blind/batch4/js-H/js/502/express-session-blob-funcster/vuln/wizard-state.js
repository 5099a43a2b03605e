const Cryo = require('cryo');

function restoreState(blob) {
  if (!blob) return { answers: {} };
  const state = Cryo.parse(Buffer.from(blob, 'base64').toString('utf8')); // cg-expect: CWE-502
  return state && typeof state.answers === 'object' ? state : { answers: {} };
}
function saveState(state) { return Buffer.from(Cryo.stringify(state)).toString('base64'); }
module.exports = { restoreState, saveState };
