const express = require('express');
const { listTasks } = require('./tasks');

const app = express();

app.get('/projects/:projectId/tasks', async (req, res, next) => {
  try {
    const { field = 'status', value = 'open' } = req.query;
    res.json(await listTasks(req.params.projectId, String(field), String(value)));
  } catch (e) {
    next(e);
  }
});

app.listen(3000);
