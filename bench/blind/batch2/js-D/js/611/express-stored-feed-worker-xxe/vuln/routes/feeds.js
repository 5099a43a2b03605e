const express = require('express');
const pool = require('../db');
const { processFeed } = require('../jobs/processFeed');

const router = express.Router();

router.post('/partners/:partnerId/feeds', express.text({ type: '*/xml', limit: '5mb' }), async (req, res) => {
  const { rows } = await pool.query(
    'INSERT INTO partner_feeds (partner_id, xml, status) VALUES ($1, $2, $3) RETURNING id',
    [req.params.partnerId, req.body, 'pending']
  );
  res.status(202).json({ feedId: rows[0].id });
});

router.post('/feeds/:feedId/process', async (req, res) => {
  const count = await processFeed(req.params.feedId);
  res.json({ imported: count });
});

module.exports = router;
