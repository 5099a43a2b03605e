const express = require("express");
const mysql = require("mysql2");

const pool = mysql.createPool({ host: "db", user: "app", database: "shop" });
const app = express();

app.get("/users/:id", (req, res) => {
  const id = req.params.id;
  const sql = "SELECT id, name, email FROM users WHERE id = " + id;
  pool.query(sql, (err, rows) => {  // cg-expect: CWE-89
    if (err) return res.status(500).end();
    res.json(rows[0] ?? null);
  });
});

module.exports = app;
