const Router = require('@koa/router');
const users = require('../db/users');
const { openImage } = require('../lib/imageProxy');
const router = new Router();

router.put('/me/avatar', async (ctx) => {
  await users.update(ctx.state.user.id, { avatarUrl: String(ctx.request.body.url) });
  ctx.status = 204;
});

router.get('/avatars/:userId', async (ctx) => {
  const user = await users.get(ctx.params.userId);
  ctx.type = 'image/png';
  ctx.body = openImage(user.avatarUrl);
});

module.exports = router;
