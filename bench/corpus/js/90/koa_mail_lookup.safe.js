import Router from "@koa/router";
import { ldapClient } from "./ldap.js";

const router = new Router();

function escapeLdap(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => "\\" + c.charCodeAt(0).toString(16).padStart(2, "0"));
}

function mailFilter(address) {
  return "(mail=" + escapeLdap(address) + ")";
}

router.get("/people/by-mail", async (ctx) => {
  const address = ctx.query.mail || "";
  const result = await ldapClient.search("dc=example,dc=org", { filter: mailFilter(address), scope: "sub" });
  ctx.body = result.searchEntries.length;
});

export default router;
