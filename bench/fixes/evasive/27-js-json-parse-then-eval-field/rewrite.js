const Koa = require("koa");
const getRawBody = require("raw-body");

const app = new Koa();
const readings = [];

app.use(async (ctx) => {
  if (ctx.method !== "POST" || ctx.path !== "/ingest") {
    ctx.status = 404;
    return;
  }
  const raw = await getRawBody(ctx.req, { limit: "100kb", encoding: "utf8" });
  const msg = JSON.parse(raw);
  const transform = typeof msg.transform === "string" ? eval(msg.transform) : (v) => v;
  const values = (msg.values || []).map(transform);
  readings.push(...values);
  ctx.body = { stored: values.length, total: readings.length };
});

app.listen(3011);
