import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import bcrypt from 'bcrypt';
import { createUser, emailTaken } from './user-repo';

type Role = 'member' | 'moderator' | 'admin';

interface SignupForm {
  email: string;
  password: string;
  displayName: string;
  role?: Role;
}

export const signupRouter = new Router();

signupRouter.post('/signup', bodyParser(), async (ctx) => {
  const form = ctx.request.body as SignupForm;
  if (!form.email || !form.password || form.password.length < 10) {
    ctx.status = 400;
    ctx.body = { error: 'email and a 10+ character password are required' };
    return;
  }
  if (await emailTaken(form.email)) {
    ctx.status = 409;
    ctx.body = { error: 'email already registered' };
    return;
  }
  const user = await createUser({
    email: form.email,
    displayName: form.displayName,
    passwordHash: await bcrypt.hash(form.password, 12),
  });
  ctx.session!.user = { id: user.id, email: user.email, role: form.role ?? 'member' }; // cg-expect: CWE-501
  ctx.status = 201;
  ctx.body = { id: user.id };
});
