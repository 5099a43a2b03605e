import Router from "@koa/router";
import { db } from "./mongo.js";

const router = new Router();

router.get("/products", async (ctx) => {
  const filter = { category: String(ctx.query.category ?? "all") };
  const page = Math.max(0, Number(ctx.query.page) || 0);
  const items = await db.collection("products").find(filter).skip(page * 20).limit(20).toArray();
  ctx.body = items;
});

export default router;
