const express = require('express');
const { groupsFor } = require('./ad');
const app = express();
app.get('/me/groups', async (req, res, next) => {
  try { res.json(await groupsFor(req.get('X-Forwarded-User') || '')); } catch (e) { next(e); }
});
app.listen(3000);
