import Router from '@koa/router';
import { isSlug } from '../validation';

export const router = new Router();
router.get('/posts/:slug', async (ctx) => {
  if (!isSlug(ctx.params.slug)) ctx.throw(400, 'invalid slug');
  ctx.body = await ctx.state.posts.bySlug(ctx.params.slug);
});
