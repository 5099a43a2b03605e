import Koa from 'koa';
import Router from '@koa/router';
import session from 'koa-session';
import { safeReturnTo } from './redirects';

const app = new Koa();
app.keys = [process.env.COOKIE_KEY as string];
const router = new Router();

router.get('/logout', (ctx) => {
  ctx.session = null;
  const target = safeReturnTo(ctx.query.returnTo);
  ctx.redirect(target);
});

app.use(session({ key: 'sid', httpOnly: true, secure: true, sameSite: 'lax' }, app));
app.use(router.routes());
app.listen(3000);
