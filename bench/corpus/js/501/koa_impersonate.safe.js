import Router from "@koa/router";

const router = new Router();

router.get("/impersonate", async (ctx) => {
  const target = ctx.state.user.username;
  ctx.session.actingUser = target;
  ctx.body = { acting: target };
});

export default router;
