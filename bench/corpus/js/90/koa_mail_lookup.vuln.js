import Router from "@koa/router";
import { ldapClient } from "./ldap.js";

const router = new Router();

function mailFilter(address) {
  return "(mail=" + address + ")";
}

router.get("/people/by-mail", async (ctx) => {
  const address = ctx.query.mail || "";
  const result = await ldapClient.search("dc=example,dc=org", { filter: mailFilter(address), scope: "sub" });  // cg-expect: CWE-90
  ctx.body = result.searchEntries.length;
});

export default router;
