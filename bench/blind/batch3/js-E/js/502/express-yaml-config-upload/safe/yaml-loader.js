const yaml = require('js-yaml');

function parseDashboard(text) {
  const def = yaml.safeLoad(String(text));
  if (!def || typeof def.title !== 'string' || !Array.isArray(def.widgets)) {
    throw new Error('bad definition');
  }
  return { title: def.title, widgets: def.widgets.map((w) => ({ type: String(w.type), query: String(w.query) })) };
}

module.exports = { parseDashboard };
