import Koa from "koa";
import onerror from "koa-onerror";

const app = new Koa();
app.env = "development";  // cg-expect: CWE-489
onerror(app);

app.use(async (ctx) => {
  ctx.body = await ctx.state.db.query("SELECT 1");
});

export default app;
