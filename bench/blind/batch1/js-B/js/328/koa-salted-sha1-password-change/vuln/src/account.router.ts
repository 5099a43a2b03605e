import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { PasswordHasher } from './password-hasher';
import { UserRepo } from './user-repo';

const hasher = new PasswordHasher();
const repo = new UserRepo();

export const accountRouter = new Router({ prefix: '/account' });

accountRouter.post('/password', bodyParser(), async (ctx) => {
  const { current, next } = ctx.request.body as { current?: string; next?: string };
  if (!current || !next || next.length < 12) {
    ctx.status = 400;
    ctx.body = { error: 'new password must be 12+ characters' };
    return;
  }
  const user = await repo.byId(ctx.state.user.sub);
  if (!user || !(await hasher.verify(current, user.passwordHash))) {
    ctx.status = 403;
    ctx.body = { error: 'current password is wrong' };
    return;
  }
  await repo.setPasswordHash(user.id, await hasher.hash(next));
  ctx.status = 204;
});
