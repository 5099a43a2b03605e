import got from "got";
import Router from "@koa/router";

const router = new Router();

router.get("/avatar", async (ctx) => {
  const { source } = ctx.query;
  const options = { timeout: { request: 4000 }, responseType: "buffer" };
  const response = await got(source, options);  // cg-expect: CWE-918
  ctx.type = "image/png";
  ctx.body = response.body;
});

export default router;
