import Router from '@koa/router';
import { RepoService } from './repo-service';

const router = new Router({ prefix: '/repos' });
const repos = new RepoService('/srv/git');

router.get('/:name/history/:branch', async (ctx) => {
  const { name, branch } = ctx.params;
  const limit = Math.min(Number(ctx.query.limit ?? 20), 100);
  const commits = await repos.history(name, branch, limit);
  ctx.body = { repo: name, branch, commits };
});

export default router;
