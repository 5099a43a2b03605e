const express = require("express");
const mysql = require("mysql2");

const pool = mysql.createPool({
  host: "db",
  user: "crm_app",
  database: "crm",
  password: process.env.DB_PASSWORD,
});
const app = express();

app.get("/customers/search", (req, res) => {
  const name = String(req.query.name || "");
  const sql = "SELECT id, name, email FROM customers WHERE name = '" + name + "'"; // cg-flaw
  pool.query(sql, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: "db error" });
    }
    res.json(rows);
  });
});

app.listen(3006);
