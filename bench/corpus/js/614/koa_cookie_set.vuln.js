import Router from "@koa/router";

const router = new Router();

router.post("/remember", async (ctx) => {
  const token = await ctx.state.tokens.issue(ctx.state.user);
  ctx.cookies.set("remember_me", token, { httpOnly: false, maxAge: 30 * 86400 * 1000 });  // cg-expect: CWE-614
  ctx.status = 204;
});

export default router;
