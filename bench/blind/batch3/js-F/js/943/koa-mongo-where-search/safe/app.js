const Koa = require('koa');
const Router = require('@koa/router');
const { BookRepo } = require('./bookRepo');

const app = new Koa();
const router = new Router();

router.get('/books', async (ctx) => {
  const repo = new BookRepo(ctx.state.db);
  ctx.body = await repo.byAuthor(ctx.query.author || '');
});

app.use(router.routes());
module.exports = app;
