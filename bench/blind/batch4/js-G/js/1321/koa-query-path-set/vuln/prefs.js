const _ = require('lodash');

const ALLOWED = new Set(['ui.theme', 'ui.density', 'notify.email', 'notify.push', 'locale']);

function applyChanges(prefs, changes) {
  for (const [path, value] of Object.entries(changes)) {
    if (path.startsWith('constructor')) continue;
    _.set(prefs, path, value); // cg-expect: CWE-1321
  }
  return prefs;
}

module.exports = { applyChanges };
