import Router from "@koa/router";
import { parseXmlString } from "libxmljs2";

const router = new Router();

router.post("/feeds/import", async (ctx) => {
  const body = ctx.request.rawBody;
  const feed = parseXmlString(body, { noent: false });
  ctx.body = feed.find("//item/title").map((t) => t.text());
});

export default router;
