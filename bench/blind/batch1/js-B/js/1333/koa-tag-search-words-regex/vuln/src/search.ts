import Router from '@koa/router';
import { searchArticles } from './article-repo';

const TAG_LIST = /^(\w+\s?)*$/;

export const searchRouter = new Router();

searchRouter.get('/search', async (ctx) => {
  const q = String(ctx.query.q ?? '').trim();
  const tags = String(ctx.query.tags ?? '');
  if (tags && !TAG_LIST.test(tags)) { // cg-expect: CWE-1333
    ctx.status = 400;
    ctx.body = { error: 'tags must be words separated by single spaces' };
    return;
  }
  const tagList = tags ? tags.split(' ').filter(Boolean).map((t) => t.toLowerCase()) : [];
  ctx.body = await searchArticles({ q, tags: tagList, limit: 20 });
});
