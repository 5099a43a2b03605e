const Router = require('@koa/router');
const { itemsWithTag } = require('../feed');
const router = new Router();
router.get('/feed/by-tag', async (ctx) => {
  const xml = await ctx.state.cache.get('rss:latest');
  ctx.body = itemsWithTag(xml, ctx.query.tag || '');
});
module.exports = router;
