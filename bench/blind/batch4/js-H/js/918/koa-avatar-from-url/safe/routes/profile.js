const Router = require('@koa/router');
const { importAvatar } = require('../services/avatar');
const router = new Router();
router.post('/profile/avatar-url', async (ctx) => {
  const img = await importAvatar(String(ctx.request.body.url));
  await ctx.state.media.saveAvatar(ctx.state.user.id, img);
  ctx.status = 204;
});
module.exports = router;
