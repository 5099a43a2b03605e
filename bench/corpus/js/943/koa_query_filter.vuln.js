import Router from "@koa/router";
import { db } from "./mongo.js";

const router = new Router();

router.get("/products", async (ctx) => {
  const filter = ctx.query;
  const page = Math.max(0, Number(ctx.query.page) || 0);
  const items = await db.collection("products").find(filter).skip(page * 20).limit(20).toArray();  // cg-expect: CWE-943
  ctx.body = items;
});

export default router;
