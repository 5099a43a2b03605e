import Router from '@koa/router';
import knexFactory from 'knex';
import { SalesReport } from '../reports/sales';

const report = new SalesReport(knexFactory({ client: 'pg', connection: process.env.DATABASE_URL }));
export const router = new Router();

router.get('/reports/sales', async (ctx) => {
  const from = String(ctx.query.from ?? '2024-01-01');
  const to = String(ctx.query.to ?? new Date().toISOString().slice(0, 10));
  ctx.body = await report.byDay(from, to);
});
