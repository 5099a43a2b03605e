const Koa = require('koa');
const Router = require('@koa/router');
const db = require('./db');

const app = new Koa();
const router = new Router();

router.get('/products/:id', async (ctx) => {
  const { rows } = await db.query('SELECT id, name, price FROM products WHERE id = $1', [ctx.params.id]);
  if (!rows.length) ctx.throw(404);
  ctx.body = rows[0];
});

app.use(router.routes());
app.listen(3000);
