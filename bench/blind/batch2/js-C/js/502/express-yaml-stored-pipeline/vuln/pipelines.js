const yaml = require('js-yaml');
const { Pool } = require('pg');

const pool = new Pool();

async function savePipeline(projectId, text) {
  await pool.query('UPDATE projects SET pipeline_yaml = $1 WHERE id = $2', [String(text), projectId]);
}

async function loadPipeline(projectId) {
  const { rows } = await pool.query('SELECT pipeline_yaml FROM projects WHERE id = $1', [projectId]);
  if (!rows[0] || !rows[0].pipeline_yaml) return null;
  const doc = yaml.load(rows[0].pipeline_yaml); // cg-expect: CWE-502
  const steps = Array.isArray(doc && doc.steps) ? doc.steps : [];
  return { steps: steps.map((s) => ({ name: String(s.name), run: String(s.run) })) };
}

module.exports = { savePipeline, loadPipeline };
