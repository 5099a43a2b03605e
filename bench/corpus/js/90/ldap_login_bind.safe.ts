import ldap from "ldapjs";
import type { Request, Response } from "express";

const client = ldap.createClient({ url: "ldaps://ldap.internal" });

export function findUser(req: Request, res: Response) {
  const login = String(req.body.login).replace(/[^a-zA-Z0-9@._-]/g, "");
  const filter = `(|(uid=${login})(mail=${login}))`;
  client.search("dc=example,dc=org", { filter, scope: "sub" }, (err, result) => {
    if (err) return res.status(500).end();
    let found = false;
    result.on("searchEntry", () => (found = true));
    result.on("end", () => res.json({ found }));
  });
}
