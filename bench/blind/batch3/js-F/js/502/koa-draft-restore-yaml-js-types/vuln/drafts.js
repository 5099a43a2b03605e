const yaml = require('js-yaml');
const jsTypes = require('js-yaml-js-types');
const UNSAFE_SCHEMA = yaml.DEFAULT_SCHEMA.extend(jsTypes.all);

function restoreDraft(encoded) {
  const text = Buffer.from(String(encoded), 'base64').toString('utf8');
  return yaml.load(text, { schema: UNSAFE_SCHEMA }); // cg-expect: CWE-502
}

module.exports = { restoreDraft };
