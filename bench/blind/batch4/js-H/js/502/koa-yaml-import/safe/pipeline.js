const yaml = require('js-yaml'); // v3.x

function parsePipeline(text) {
  const def = yaml.safeLoad(text);
  if (!def || !Array.isArray(def.steps)) throw new Error('steps missing');
  return { name: String(def.name || 'pipeline'), steps: def.steps.map((s) => ({ run: String(s.run) })) };
}
module.exports = { parsePipeline };
