import Router from "@koa/router";
import xpath from "xpath";
import { menuDocument } from "./menu.js";

const router = new Router();

router.get("/menu/:section", async (ctx) => {
  const section = ctx.params.section;
  const query = "//menu/section[@id='" + section + "']/item/@label";
  const labels = xpath.select(query, menuDocument);  // cg-expect: CWE-643
  ctx.body = labels.map((a) => a.value);
});

export default router;
