const { Router } = require('express');
const router = Router();

router.get('/health', (req, res) => res.json({ ok: true }));
router.get('/version', (req, res) => res.json({ version: '2.4.1' }));
router.post('/orders', async (req, res) => {
  const created = await require('./orders').create(req.body);
  res.status(201).json(created);
});
router.get('/orders/:id', async (req, res) => {
  const order = await require('./orders').load(req.params.id);
  res.json(order);
});

module.exports = router;
