import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { sessionMiddleware } from './session-store';
import { checkLogin } from './auth';

const app = new Koa();
const router = new Router();
app.proxy = true;
app.use(sessionMiddleware);
app.use(bodyParser());

router.post('/login', async (ctx) => {
  const { username, password } = ctx.request.body as Record<string, string>;
  const user = await checkLogin(username, password);
  if (!user) ctx.throw(401);
  ctx.state.session.userId = user.id;
  ctx.body = { ok: true };
});

router.get('/me', async (ctx) => {
  if (!ctx.state.session.userId) ctx.throw(401);
  ctx.body = { userId: ctx.state.session.userId };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
