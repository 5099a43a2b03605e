import Router from "@koa/router";

const router = new Router();

router.get("/logout", async (ctx) => {
  ctx.session = null;
  const back = ctx.query.returnTo;
  ctx.redirect(back);  // cg-expect: CWE-601
});

export default router;
