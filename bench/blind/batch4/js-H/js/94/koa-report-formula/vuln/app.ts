import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { computeColumn } from './formula';

const app = new Koa();
const router = new Router();
router.post('/reports/preview', async (ctx) => {
  const { rows, formula } = ctx.request.body as { rows: Record<string, number>[]; formula: string };
  ctx.body = { values: rows.map((r) => computeColumn(formula, r)) };
});
app.use(bodyParser()).use(router.routes());
app.listen(3000);
