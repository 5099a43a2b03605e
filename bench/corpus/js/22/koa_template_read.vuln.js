import Koa from "koa";
import { readFile } from "node:fs/promises";

const app = new Koa();
const TEMPLATES = "/srv/templates/";

async function loadTemplate(name) {
  return readFile(TEMPLATES + name, "utf8");  // cg-expect: CWE-22
}

app.use(async (ctx) => {
  ctx.body = await loadTemplate(ctx.query.template);
});

export default app;
