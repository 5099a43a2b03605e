const express = require('express');
const { restoreSettings } = require('../services/settings');

const router = express.Router();
router.use(express.urlencoded({ extended: false, limit: '100kb' }));

router.post('/settings/restore', async (req, res) => {
  try {
    const settings = restoreSettings(req.body.backup || '');
    await req.app.locals.settingsRepo.save(req.user.id, settings);
    res.redirect('/settings?restored=1');
  } catch (e) {
    res.status(400).render('settings', { error: 'Backup could not be read' });
  }
});

module.exports = router;
