const yaml = require('js-yaml');

function restoreDraft(encoded) {
  const text = Buffer.from(String(encoded), 'base64').toString('utf8');
  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

module.exports = { restoreDraft };
