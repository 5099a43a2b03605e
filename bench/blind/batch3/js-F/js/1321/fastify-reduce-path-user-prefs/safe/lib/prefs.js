const ALLOWED_KEYS = new Set(['ui.theme', 'ui.density', 'notify.email', 'notify.push']);

function applyPref(prefs, key, value) {
  if (!ALLOWED_KEYS.has(key)) throw new Error('unknown preference');
  const parts = key.split('.');
  const leaf = parts.pop();
  const parent = parts.reduce((node, p) => (node[p] = node[p] || {}), prefs);
  parent[leaf] = value;
  return prefs;
}

module.exports = { applyPref, ALLOWED_KEYS };
