import Koa from "koa";

const app = new Koa();

app.use(async (ctx) => {
  const q = ctx.query.q || "";
  const count = await countResults(q);
  ctx.type = "html";
  ctx.body = `<p>${count} results for <b>${q}</b></p>`;  // cg-expect: CWE-79
});

async function countResults(q) {
  return q.length;
}

export default app;
