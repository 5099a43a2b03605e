const yaml = require('js-yaml');

function parseJob(text) {
  const job = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  if (!job || typeof job.name !== 'string' || !Array.isArray(job.steps)) {
    throw new Error('invalid job');
  }
  return job;
}

module.exports = { parseJob };
