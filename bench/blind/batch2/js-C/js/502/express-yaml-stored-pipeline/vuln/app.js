const express = require('express');
const { savePipeline, loadPipeline } = require('./pipelines');

const app = express();
app.use(express.text({ type: ['text/yaml', 'application/x-yaml'] }));

app.put('/projects/:id/pipeline', async (req, res) => {
  await savePipeline(req.params.id, req.body);
  res.sendStatus(204);
});

app.post('/projects/:id/runs', async (req, res) => {
  const pipeline = await loadPipeline(req.params.id);
  if (!pipeline) return res.sendStatus(404);
  res.status(202).json({ queued: pipeline.steps.map((s) => s.name) });
});

app.listen(3000);
