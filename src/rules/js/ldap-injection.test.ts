import { testRule } from "../rule-tester.js";
import rule from "./ldap-injection.js";

testRule(rule, {
  valid: [
    {
      name: "a local function named sanitize is judged by what it escapes (RFC 4515 hex escapes)",
      code: `const { Client } = require("ldapts");
function sanitize(value) {
  return value.replace(/[\\\\*()\\0]/g, (c) => "\\\\" + c.charCodeAt(0).toString(16).padStart(2, "0"));
}
app.get("/groups/:group", async (req, res) => {
  const client = new Client({ url: "ldaps://directory.example" });
  const filter = \`(&(objectClass=groupOfNames)(cn=\${sanitize(req.params.group)}))\`;
  res.json((await client.search("ou=groups,dc=example", { filter })).searchEntries);
});`,
    },
    {
      name: "ldapts filter objects escape the value they hold",
      code: `import { AndFilter, Client, EqualityFilter } from "ldapts";
const client = new Client({ url: "ldaps://ldap.corp.example" });
router.get("/people", async (ctx) => {
  const filter = new AndFilter({
    filters: [
      new EqualityFilter({ attribute: "objectClass", value: "person" }),
      new EqualityFilter({ attribute: "title", value: ctx.query.title }),
    ],
  });
  ctx.body = (await client.search("dc=corp,dc=example", { filter })).searchEntries;
});`,
      language: "typescript",
    },
    {
      name: "search() of the project's own directory class is judged in its module",
      code: `import { DirectoryService } from "./directory-service";
const directory = new DirectoryService("ldaps://ldap.corp.example", "dc=corp,dc=example");
router.get("/people", async (ctx) => {
  ctx.body = await directory.search(String(ctx.query.q));
});`,
      language: "typescript",
    },
    {
      name: "escaped filter value",
      code: `import ldap from "ldapjs";
import { filter as escapeFilter } from "ldap-escape";
app.post("/login", (req, res) => {
  const uid = escapeFilter\`\${req.body.uid}\`;
  client.search("ou=people,dc=example,dc=com", { filter: "(uid=" + uid + ")", scope: "sub" }, done);
});`,
    },
    {
      name: "constant filter",
      code: `const ldap = require("ldapjs");
app.get("/admins", (req, res) => {
  client.search("ou=groups,dc=example,dc=com", { filter: "(cn=admins)" }, (err, r) => r.on("end", () => res.end()));
});`,
    },
    {
      name: "escapeFilter helper",
      code: `const ldap = require("ldapjs");
router.get("/user", (req, res) => {
  const opts = { filter: \`(mail=\${escapeFilter(req.query.mail)})\` };
  client.search(BASE_DN, opts, done);
});`,
    },
    {
      name: "class method only called with a constant role",
      code: `class RoleDirectory {
  constructor(client) {
    this.client = client;
  }
  async holders(role) {
    const filter = "(&(objectClass=person)(employeeType=" + role + "))";
    return this.client.search("ou=staff,dc=corp,dc=local", { filter, scope: "sub" });
  }
}
module.exports = (app) => {
  const roles = new RoleDirectory(app.locals.ldap);
  app.get("/contractors", async (req, res) => res.json(await roles.holders("contractor")));
};`,
    },
    {
      name: "service account bind with a DN from configuration",
      code: `const { Client } = require("ldapts");
async function people(q) {
  const client = new Client({ url: process.env.LDAP_URL });
  await client.bind(process.env.LDAP_BIND_DN ?? "", process.env.LDAP_BIND_PW ?? "");
  return client.search("dc=corp", { filter: "(objectClass=person)" });
}
module.exports = { people };`,
    },
    {
      name: "bind DN escaped with a DN escaper",
      code: `const { Client } = require("ldapts");
app.post("/login", async (req, res) => {
  const client = new Client({ url: "ldaps://dir" });
  await client.bind(\`uid=\${escapeDN(req.body.user)},ou=people,dc=corp\`, req.body.password);
  res.end();
});`,
    },
  ],
  invalid: [
    {
      name: "a client object exported by the project's own module is still an LDAP client",
      code: `import { directoryClient } from "./ldap.js";
router.get("/people", async (ctx) => {
  const res = await directoryClient.search("dc=example,dc=org", { filter: "(cn=" + ctx.query.name + ")" });
  ctx.body = res.searchEntries;
});`,
      lines: [3],
    },
    {
      name: "ldapts client search with a filter built from the query",
      code: `import { Client } from "ldapts";
const client = new Client({ url: "ldaps://ldap.corp.example" });
router.get("/people", async (ctx) => {
  const filter = \`(cn=*\${ctx.query.q}*)\`;
  const { searchEntries } = await client.search("dc=corp,dc=example", { filter });
  ctx.body = searchEntries;
});`,
      lines: [5],
      language: "typescript",
    },
    {
      name: "filter concatenated from the login form",
      code: `const ldap = require("ldapjs");
app.post("/login", (req, res) => {
  const { username } = req.body;
  const filter = "(&(objectClass=person)(uid=" + username + "))";
  client.search("dc=example,dc=com", { filter, scope: "sub" }, (err, result) => {
    result.on("searchEntry", (entry) => res.json(entry.object));
  });
});`,
      lines: [5],
    },
    {
      name: "base DN from a query parameter",
      code: `import ldap from "ldapjs";
router.get("/ou", (req, res) => {
  const ou = req.query.ou;
  client.search(\`ou=\${ou},dc=corp,dc=local\`, { scope: "one" }, done);
});`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "class method called from a route with a path parameter",
      code: `class RoleDirectory {
  constructor(client) {
    this.client = client;
  }
  async holders(role) {
    const filter = "(&(objectClass=person)(employeeType=" + role + "))";
    return this.client.search("ou=staff,dc=corp,dc=local", { filter, scope: "sub" });
  }
}
module.exports = (app) => {
  const roles = new RoleDirectory(app.locals.ldap);
  app.get("/roles/:role", async (req, res) => res.json(await roles.holders(req.params.role)));
};`,
      lines: [7],
    },
    {
      name: "bind DN built from the login form",
      code: `const { Client } = require("ldapts");
app.post("/login", async (req, res) => {
  const client = new Client({ url: "ldaps://dir" });
  const dn = "uid=" + req.body.user + ",ou=people,dc=corp";
  await client.bind(dn, req.body.password);
  res.end();
});`,
      lines: [5],
    },
    {
      name: "a local escapeFilter that leaves * alone is no escaper",
      code: `import { Client } from "ldapts";
function escapeFilter(v: string): string {
  return v.replace(/[()]/g, "");
}
const client = new Client({ url: "ldaps://dir" });
router.get("/groups", async (ctx) => {
  ctx.body = await client.search("ou=groups", { filter: \`(member=uid=\${escapeFilter(ctx.query.uid)})\` });
});`,
      lines: [7],
      language: "typescript",
    },
    {
      name: "ldapjs parseFilter of a concatenated filter: reported where it is parsed",
      code: `const ldap = require("ldapjs");
app.get("/who", (req, res) => {
  const filter = ldap.parseFilter("(uid=" + req.query.login + ")");
  client.search("dc=example", { filter, scope: "sub" }, (err, r) => r.on("end", () => res.end()));
});`,
      lines: [3],
    },
  ],
});
