import Koa from "koa";
import Router from "@koa/router";
import { spawn } from "node:child_process";

const app = new Koa();
const router = new Router();

router.post("/convert", async (ctx) => {
  const { file, format } = ctx.request.body;
  const target = `/tmp/out.${format}`;
  const child = spawn(`convert /srv/uploads/${file} ${target}`, { shell: true });  // cg-expect: CWE-78
  await new Promise((resolve) => child.on("close", resolve));
  ctx.body = { target };
});

app.use(router.routes());
export default app;
