import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { loginPage } from './views';
import { verifyLogin } from './auth';

const app = new Koa();
const router = new Router();

router.get('/login', (ctx) => {
  const notice = typeof ctx.query.notice === 'string' ? ctx.query.notice : '';
  ctx.type = 'html';
  ctx.body = loginPage(notice); // cg-expect: CWE-79
});

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email?: string; password?: string };
  const ok = await verifyLogin(email ?? '', password ?? '');
  ctx.redirect(ok ? '/app' : '/login?notice=' + encodeURIComponent('Wrong email or password.'));
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
