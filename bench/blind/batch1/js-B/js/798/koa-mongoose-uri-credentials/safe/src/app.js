const Koa = require('koa');
const Router = require('@koa/router');
const { connect, Product } = require('./database');

const app = new Koa();
const router = new Router();

router.get('/products', async (ctx) => {
  const tag = typeof ctx.query.tag === 'string' ? ctx.query.tag : undefined;
  const filter = tag ? { tags: tag } : {};
  ctx.body = await Product.find(filter).select('sku title priceCents').limit(50).lean();
});

router.get('/products/:sku', async (ctx) => {
  const product = await Product.findOne({ sku: String(ctx.params.sku) }).lean();
  if (!product) ctx.throw(404);
  ctx.body = product;
});

app.use(router.routes());

connect().then(() => app.listen(process.env.PORT || 3000));
