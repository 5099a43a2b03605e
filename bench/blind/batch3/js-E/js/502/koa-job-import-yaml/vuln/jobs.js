const yaml = require('js-yaml');

function parseJob(text) {
  const job = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA }); // cg-expect: CWE-502
  if (!job || typeof job.name !== 'string' || !Array.isArray(job.steps)) {
    throw new Error('invalid job');
  }
  return job;
}

module.exports = { parseJob };
