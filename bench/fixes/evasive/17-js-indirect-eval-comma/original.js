const Koa = require("koa");
const bodyParser = require("koa-bodyparser");

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  if (ctx.path !== "/widgets/config" || ctx.method !== "POST") {
    ctx.status = 404;
    return;
  }
  const source = ctx.request.body.config;
  if (typeof source !== "string") {
    ctx.status = 400;
    ctx.body = { error: "config must be a string" };
    return;
  }
  const config = eval("(" + source + ")"); // cg-flaw
  ctx.body = { title: config.title, widgets: (config.widgets || []).length };
});

app.listen(3001);
