import Router from "@koa/router";
import http from "node:http";

const router = new Router();

router.get("/proxy/health", async (ctx) => {
  const host = ctx.query.host;
  const status = await new Promise((resolve) => {
    http.get(`http://${host}:8080/healthz`, (r) => resolve(r.statusCode)).on("error", () => resolve(0));  // cg-expect: CWE-918
  });
  ctx.body = { healthy: status === 200 };
});

export default router;
