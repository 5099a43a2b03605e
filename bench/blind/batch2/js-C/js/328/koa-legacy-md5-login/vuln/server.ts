import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { checkLogin } from './auth';

const app = new Koa();
const router = new Router();

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const user = await checkLogin(String(email), String(password));
  if (!user) ctx.throw(401, 'invalid credentials');
  ctx.body = { id: user.id };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
