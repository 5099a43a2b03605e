const ALLOWED_KEYS = new Set(['ui.theme', 'ui.density', 'notify.email', 'notify.push']);

function applyPref(prefs, key, value) {
  const parts = key.split('.');
  const leaf = parts.pop();
  const parent = parts.reduce((node, p) => (node[p] = node[p] || {}), prefs);
  parent[leaf] = value; // cg-expect: CWE-1321
  return prefs;
}

module.exports = { applyPref, ALLOWED_KEYS };
