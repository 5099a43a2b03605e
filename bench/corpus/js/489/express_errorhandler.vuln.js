const express = require("express");
const errorhandler = require("errorhandler");

const app = express();

app.get("/", (req, res) => res.send("ok"));
app.use(errorhandler());  // cg-expect: CWE-489

module.exports = app;
