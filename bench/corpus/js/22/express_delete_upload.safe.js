const express = require("express");
const fs = require("fs");

const router = express.Router();

router.delete("/uploads/:name", (req, res) => {
  const file = `/srv/uploads/${req.params.name.replace(/[^a-zA-Z0-9._-]/g, "").replace(/^\.+/, "")}`;
  fs.unlink(file, (err) => {
    res.status(err ? 404 : 204).end();
  });
});

module.exports = router;
