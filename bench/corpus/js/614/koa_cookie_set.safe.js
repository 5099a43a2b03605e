import Router from "@koa/router";

const router = new Router();

router.post("/remember", async (ctx) => {
  const token = await ctx.state.tokens.issue(ctx.state.user);
  ctx.cookies.set("remember_me", token, { httpOnly: true, secure: true, maxAge: 30 * 86400 * 1000 });
  ctx.status = 204;
});

export default router;
