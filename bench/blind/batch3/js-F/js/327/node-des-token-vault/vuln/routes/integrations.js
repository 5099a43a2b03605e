const express = require('express');
const { TokenVault } = require('../lib/vault');
const config = require('../config');
const db = require('../db');

const vault = new TokenVault(Buffer.from(config.vaultKeyHex, 'hex'));
const router = express.Router();

router.put('/integrations/:provider', express.json(), async (req, res) => {
  const sealed = vault.seal(req.body.apiToken);
  await db.query('UPDATE integrations SET token = $1 WHERE user_id = $2 AND provider = $3', [sealed, req.user.id, req.params.provider]);
  res.sendStatus(204);
});

module.exports = router;
