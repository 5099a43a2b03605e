const express = require('express');
const multer = require('multer');
const { parsePipeline } = require('../lib/pipelineParser');

const router = express.Router();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 256 * 1024 } });

router.post('/projects/:projectId/pipeline', upload.single('definition'), (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'definition file required' });
  }
  try {
    const pipeline = parsePipeline(req.file.buffer.toString('utf8'));
    res.status(201).json({ project: req.params.projectId, stages: pipeline.stages.map((s) => s.name) });
  } catch (e) {
    res.status(422).json({ error: 'invalid pipeline definition' });
  }
});

module.exports = router;
