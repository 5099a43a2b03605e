const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { InviteService } = require('./invites');

const app = new Koa();
const router = new Router();

router.post('/teams/:id/invites', async (ctx) => {
  const svc = new InviteService(ctx.state.db);
  ctx.body = { link: await svc.invite(ctx.params.id, ctx.request.body.email) };
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
