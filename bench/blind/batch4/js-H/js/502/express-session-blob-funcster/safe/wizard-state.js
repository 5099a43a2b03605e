
function restoreState(blob) {
  if (!blob) return { answers: {} };
  const state = JSON.parse(Buffer.from(blob, 'base64').toString('utf8'));
  const answers = Object.create(null);
  if (state && typeof state.answers === 'object') for (const [k, v] of Object.entries(state.answers)) answers[k] = String(v);
  return { answers };
}
function saveState(state) { return Buffer.from(JSON.stringify(state)).toString('base64'); }
module.exports = { restoreState, saveState };
