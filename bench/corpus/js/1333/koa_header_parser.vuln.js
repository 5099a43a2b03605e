import Koa from "koa";

const app = new Koa();
const LANG = /^(([a-z]+)-?)*;q=\d$/i;

app.use(async (ctx, next) => {
  const header = ctx.get("Accept-Language");
  ctx.state.lang = LANG.test(header) ? header.split(";")[0] : "en";  // cg-expect: CWE-1333
  await next();
});

export default app;
