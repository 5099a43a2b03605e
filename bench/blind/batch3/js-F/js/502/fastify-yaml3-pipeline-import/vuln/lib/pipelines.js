const yaml = require('js-yaml');

function parsePipeline(text) {
  const doc = yaml.load(text); // cg-expect: CWE-502
  if (!doc || !Array.isArray(doc.steps)) throw new Error('pipeline must define steps');
  return {
    name: String(doc.name || 'unnamed'),
    steps: doc.steps.map((s) => ({ name: String(s.name), run: String(s.run) })),
  };
}

module.exports = { parsePipeline };
