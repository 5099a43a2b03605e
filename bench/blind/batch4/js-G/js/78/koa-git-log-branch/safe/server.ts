import Koa from 'koa';
import Router from '@koa/router';
import { recentCommits } from './git';

const app = new Koa();
const router = new Router();

router.get('/repos/:name/log', async (ctx) => {
  const branch = String(ctx.query.branch ?? 'main');
  try {
    ctx.body = { commits: recentCommits(ctx.params.name, branch) };
  } catch (e) {
    ctx.status = 400;
    ctx.body = { error: (e as Error).message };
  }
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
