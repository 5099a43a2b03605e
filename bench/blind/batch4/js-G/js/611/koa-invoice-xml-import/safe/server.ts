import Koa from 'koa';
import Router from '@koa/router';
import getRawBody from 'raw-body';
import { importInvoice } from './invoices';

const app = new Koa();
const router = new Router();

router.post('/invoices/import', async (ctx) => {
  const xml = await getRawBody(ctx.req, { limit: '1mb', encoding: 'utf8' });
  const invoice = importInvoice(xml);
  ctx.status = 201;
  ctx.body = invoice;
});

app.use(router.routes());
app.listen(4000);
