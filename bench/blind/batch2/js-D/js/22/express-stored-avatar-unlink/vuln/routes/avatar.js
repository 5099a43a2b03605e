const express = require('express');
const db = require('../db');
const { removeAvatarFile } = require('../lib/avatars');

const router = express.Router();

router.put('/me/avatar', express.json(), async (req, res) => {
  // the client uploads to the CDN first and then records the file name here
  await db.execute('UPDATE users SET avatar_file = ? WHERE id = ?', [String(req.body.file), req.user.id]);
  res.sendStatus(204);
});

router.delete('/me/avatar', async (req, res) => {
  const [rows] = await db.execute('SELECT avatar_file FROM users WHERE id = ?', [req.user.id]);
  const file = rows[0] && rows[0].avatar_file;
  if (file) {
    await removeAvatarFile(file);
    await db.execute('UPDATE users SET avatar_file = NULL WHERE id = ?', [req.user.id]);
  }
  res.sendStatus(204);
});

module.exports = router;
