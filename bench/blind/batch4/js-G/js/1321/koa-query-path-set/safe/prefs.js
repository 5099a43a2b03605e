const _ = require('lodash');

const ALLOWED = new Set(['ui.theme', 'ui.density', 'notify.email', 'notify.push', 'locale']);

function applyChanges(prefs, changes) {
  for (const [path, value] of Object.entries(changes)) {
    if (!ALLOWED.has(path)) continue;
    _.set(prefs, path, value);
  }
  return prefs;
}

module.exports = { applyChanges };
