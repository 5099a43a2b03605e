const yaml = require('js-yaml');

function parsePipeline(text) {
  const doc = yaml.safeLoad(text, { filename: 'pipeline.yml' });
  if (!doc || !Array.isArray(doc.stages)) {
    throw new Error('stages missing');
  }
  return {
    stages: doc.stages.map((s, i) => ({
      name: String(s.name || `stage-${i + 1}`),
      image: String(s.image || 'node:20'),
      script: Array.isArray(s.script) ? s.script.map(String) : [],
    })),
  };
}

module.exports = { parsePipeline };
