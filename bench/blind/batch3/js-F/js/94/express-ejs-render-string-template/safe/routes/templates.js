const express = require('express');
const templates = require('../db/templates');
const router = express.Router();

router.put('/tenants/:tid/templates/:name', express.json(), async (req, res) => {
  await templates.put(req.params.tid, req.params.name, { subject: req.body.subject, body: req.body.body });
  res.sendStatus(204);
});

module.exports = router;
