import Router from '@koa/router';
import { putAvatar } from '../storage/s3';

export const router = new Router();
router.put('/me/avatar', async (ctx) => {
  const file = (ctx.request as any).files?.avatar;
  const key = await putAvatar(ctx.state.user.id, file.buffer, 'image/png');
  ctx.body = { key };
});
