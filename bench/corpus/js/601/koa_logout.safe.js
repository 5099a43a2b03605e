import Router from "@koa/router";

const router = new Router();

router.get("/logout", async (ctx) => {
  ctx.session = null;
  const back = "/";
  ctx.redirect(back);
});

export default router;
