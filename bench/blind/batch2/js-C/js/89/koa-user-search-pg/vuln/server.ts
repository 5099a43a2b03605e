import Koa from 'koa';
import Router from '@koa/router';
import { searchUsers } from './users';

const app = new Koa();
const router = new Router();

router.get('/admin/users', async (ctx) => {
  const q = typeof ctx.query.q === 'string' ? ctx.query.q : '';
  ctx.body = await searchUsers(q);
});

app.use(router.routes());
app.listen(3001);
