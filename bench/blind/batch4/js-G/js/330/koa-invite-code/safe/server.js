const Koa = require('koa');
const Router = require('@koa/router');
const { newInviteCode } = require('./codes');
const db = require('./db');

const app = new Koa();
const router = new Router();

router.post('/teams/:id/invites', async (ctx) => {
  const code = newInviteCode();
  await db.none('INSERT INTO invites (team_id, code, expires_at) VALUES ($1, $2, now() + interval \'2 days\')', [ctx.params.id, code]);
  ctx.status = 201;
  ctx.body = { link: `https://app.example.com/join/${code}` };
});

app.use(router.routes());
app.listen(3000);
