import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { randomBytes } from 'crypto';
import { sessions } from './session-repo';
import { authenticate } from './auth';

const app = new Koa();
const router = new Router();

const SESSION_COOKIE = 'ksid';

router.post('/session', bodyParser(), async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const user = await authenticate(email, password);
  if (!user) ctx.throw(401, 'bad credentials');

  const sid = randomBytes(32).toString('hex');
  await sessions.create(sid, user.id);
  // TLS is terminated at the load balancer, so the app itself only ever sees http
  ctx.cookies.set(SESSION_COOKIE, sid, { httpOnly: true, secure: false, sameSite: 'lax', maxAge: 86_400_000 }); // cg-expect: CWE-614
  ctx.status = 204;
});

router.get('/me', async (ctx) => {
  const sid = ctx.cookies.get(SESSION_COOKIE);
  const session = sid ? await sessions.find(sid) : null;
  if (!session) ctx.throw(401);
  ctx.body = { userId: session.userId };
});

app.use(router.routes());
app.listen(8080);
