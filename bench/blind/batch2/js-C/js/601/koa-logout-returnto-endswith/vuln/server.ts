import Koa from 'koa';
import Router from '@koa/router';
import { resolveReturnTo } from './returnTo';

const app = new Koa();
const router = new Router();

router.get('/logout', async (ctx) => {
  ctx.cookies.set('sid', null);
  const target = resolveReturnTo(String(ctx.query.returnTo ?? ''));
  ctx.redirect(target); // cg-expect: CWE-601
});

app.use(router.routes());
app.listen(3001);
