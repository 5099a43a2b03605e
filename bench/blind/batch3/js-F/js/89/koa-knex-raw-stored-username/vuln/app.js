const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const knex = require('./knex');
const { recordLogin } = require('./audit');

const app = new Koa();
const router = new Router();

router.post('/signup', async (ctx) => {
  const [id] = await knex('users').insert({ email: ctx.request.body.email, display_name: ctx.request.body.displayName }).returning('id');
  ctx.body = { id };
});

router.post('/login', async (ctx) => {
  const user = await ctx.state.auth.verify(ctx.request.body);
  await recordLogin(user.id);
  ctx.status = 204;
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
