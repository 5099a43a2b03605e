import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { PdfRenderer } from './pdf';

const app = new Koa();
const router = new Router();
const renderer = new PdfRenderer('https://app.example.com');

router.post('/pdf', async (ctx) => {
  const { url } = ctx.request.body as { url: string };
  ctx.type = 'application/pdf';
  ctx.body = await renderer.render(String(url));
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
