const express = require('express');
const { MongoClient } = require('mongodb');
const { redeemInvite } = require('./invites');

const app = express();
app.use(express.json());

const client = new MongoClient(process.env.MONGO_URL);
const ready = client.connect();

app.post('/invites/redeem', async (req, res) => {
  await ready;
  const invites = client.db('app').collection('invites');
  const result = await redeemInvite(invites, req.body.code, req.body.email);
  if (!result) {
    return res.status(404).json({ error: 'invite not found or already used' });
  }
  res.json({ team: result.teamId, role: result.role });
});

app.listen(3000);
