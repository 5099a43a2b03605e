const express = require('express');
const { getProfile } = require('./profiles');
const { colleagues } = require('./ldapDir');

const app = express();

app.get('/me/colleagues', async (req, res) => {
  const profile = await getProfile(req.get('x-user-id'));
  if (!profile) return res.sendStatus(401);
  res.json(await colleagues(profile.department));
});

app.listen(3000);
