const ldap = require("ldapjs");
const { filter: escapeFilter } = require("ldap-escape");
const express = require("express");

const client = ldap.createClient({ url: "ldap://ldap.internal:389" });
const app = express();

app.get("/directory", (req, res) => {
  const uid = escapeFilter`${req.query.uid}`;
  const opts = { filter: `(&(objectClass=person)(uid=${uid}))`, scope: "sub", attributes: ["cn", "mail"] };
  client.search("ou=people,dc=example,dc=org", opts, (err, search) => {
    if (err) return res.status(500).end();
    const entries = [];
    search.on("searchEntry", (entry) => entries.push(entry.pojo));
    search.on("end", () => res.json(entries));
  });
});

module.exports = app;
