const express = require('express');
const User = require('./user');

const router = express.Router();
router.use(express.json());

router.post('/account/password', async (req, res) => {
  const user = await User.findById(req.user.id);
  if (!(await user.checkPassword(String(req.body.current || '')))) return res.sendStatus(403);
  await user.setPassword(String(req.body.next || ''));
  res.sendStatus(204);
});

module.exports = router;
