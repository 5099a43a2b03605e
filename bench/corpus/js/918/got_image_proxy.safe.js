import got from "got";
import Router from "@koa/router";

const router = new Router();

router.get("/avatar", async (ctx) => {
  const source = `https://avatars.example-cdn.com/${encodeURIComponent(String(ctx.query.source))}.png`;
  const options = { timeout: { request: 4000 }, responseType: "buffer" };
  const response = await got(source, options);
  ctx.type = "image/png";
  ctx.body = response.body;
});

export default router;
