import Koa from "koa";
import { readFile } from "node:fs/promises";

const app = new Koa();
const TEMPLATES = "/srv/templates/";

async function loadTemplate(name) {
  return readFile(TEMPLATES + name, "utf8");
}

const ALLOWED = new Set(["welcome.html", "invoice.html", "reset.html"]);

app.use(async (ctx) => {
  if (!ALLOWED.has(ctx.query.template)) ctx.throw(404);
  ctx.body = await loadTemplate(ctx.query.template);
});

export default app;
