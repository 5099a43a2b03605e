import Router from "@koa/router";

const router = new Router();

router.get("/impersonate", async (ctx) => {
  const target = ctx.query.asUser;
  ctx.session.actingUser = target;  // cg-expect: CWE-501
  ctx.body = { acting: target };
});

export default router;
