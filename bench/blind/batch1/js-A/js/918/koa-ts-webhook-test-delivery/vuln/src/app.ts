import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { WebhookTester } from './webhook-tester';

const app = new Koa();
const router = new Router();
const tester = new WebhookTester();

router.post('/integrations/webhooks/test', async (ctx) => {
  const { targetUrl, event = 'ping' } = ctx.request.body as { targetUrl: string; event?: string };
  const result = await tester.send(targetUrl, event);
  ctx.body = result; // status code and first 2 KB of the response body are shown in the UI
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
