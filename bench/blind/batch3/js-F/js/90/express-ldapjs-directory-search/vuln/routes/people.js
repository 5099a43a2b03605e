const express = require('express');
const { searchPeople } = require('../lib/directory');
const router = express.Router();

router.get('/people', (req, res, next) => {
  searchPeople(req.query.q || '', (err, people) => {
    if (err) return next(err);
    res.json(people);
  });
});

module.exports = router;
