const express = require("express");
const fs = require("fs");

const router = express.Router();

router.delete("/uploads/:name", (req, res) => {
  const file = `/srv/uploads/${req.params.name}`;
  fs.unlink(file, (err) => {  // cg-expect: CWE-22
    res.status(err ? 404 : 204).end();
  });
});

module.exports = router;
