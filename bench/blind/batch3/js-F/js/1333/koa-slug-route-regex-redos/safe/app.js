const Koa = require('koa');
const Router = require('@koa/router');
const { isSlug } = require('./validators');
const posts = require('./posts');

const app = new Koa();
const router = new Router();

router.get('/blog/:slug', async (ctx) => {
  if (!isSlug(ctx.params.slug)) ctx.throw(400, 'bad slug');
  ctx.body = await posts.bySlug(ctx.params.slug);
});

app.use(router.routes());
module.exports = app;
