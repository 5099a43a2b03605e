const express = require('express');
const { checkLicense } = require('../license/client');
const router = express.Router();
router.get('/admin/license', async (req, res, next) => {
  try { res.json(await checkLicense(req.app.locals.licenseKey)); } catch (e) { next(e); }
});
module.exports = router;
