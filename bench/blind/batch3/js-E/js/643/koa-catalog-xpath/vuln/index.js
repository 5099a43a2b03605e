const Koa = require('koa');
const Router = require('@koa/router');
const { findProduct } = require('./catalog');

const app = new Koa();
const router = new Router();

router.get('/products/:sku', (ctx) => {
  const product = findProduct(ctx.params.sku);
  if (!product) ctx.throw(404);
  ctx.body = product;
});

app.use(router.routes());
app.listen(3000);
