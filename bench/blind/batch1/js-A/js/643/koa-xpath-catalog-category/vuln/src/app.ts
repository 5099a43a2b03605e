import Koa from 'koa';
import Router from '@koa/router';
import { Catalog } from './catalog';

const app = new Koa();
const router = new Router();
const catalog = Catalog.fromFile('/var/data/catalog.xml');

router.get('/catalog/:category', (ctx) => {
  const maxPrice = Number(ctx.query.maxPrice ?? Infinity);
  ctx.body = catalog.itemsIn(ctx.params.category, maxPrice);
});

app.use(router.routes());
app.listen(3000);
