import express from "express";

process.env.NODE_ENV = "development";  // cg-expect: CWE-489

const app = express();
app.get("/health", (req, res) => res.json({ status: "ok" }));
app.listen(3000);
