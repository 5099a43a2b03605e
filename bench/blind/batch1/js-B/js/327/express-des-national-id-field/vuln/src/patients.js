const express = require('express');
const { sealField, openField } = require('./fieldCrypto');
const db = require('./db');

const router = express.Router();
router.use(express.json());

router.post('/patients', async (req, res) => {
  const { fullName, dateOfBirth, nationalId } = req.body;
  if (!fullName || !/^\d{9,12}$/.test(String(nationalId || ''))) {
    return res.status(400).json({ error: 'invalid patient record' });
  }
  const { rows } = await db.query(
    'INSERT INTO patients (full_name, dob, national_id_enc) VALUES ($1, $2, $3) RETURNING id',
    [fullName, dateOfBirth, sealField(String(nationalId))]
  );
  res.status(201).json({ id: rows[0].id });
});

router.get('/patients/:id', async (req, res) => {
  const { rows } = await db.query('SELECT id, full_name, dob, national_id_enc FROM patients WHERE id = $1', [req.params.id]);
  if (!rows.length) return res.sendStatus(404);
  const p = rows[0];
  const nid = openField(p.national_id_enc);
  res.json({ id: p.id, fullName: p.full_name, dob: p.dob, nationalIdLast4: nid.slice(-4) });
});

module.exports = router;
