const express = require("express");

const app = express();
app.set("env", "development");  // cg-expect: CWE-489

app.get("/orders/:id", (req, res, next) => {
  next(new Error(`order ${req.params.id} not found`));
});

module.exports = app;
