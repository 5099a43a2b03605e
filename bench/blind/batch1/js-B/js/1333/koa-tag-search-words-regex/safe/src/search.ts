import Router from '@koa/router';
import { searchArticles } from './article-repo';

const TAG_LIST = /^\w+(?: \w+)*$/;
const MAX_TAGS_LENGTH = 200;

export const searchRouter = new Router();

searchRouter.get('/search', async (ctx) => {
  const q = String(ctx.query.q ?? '').trim();
  const tags = String(ctx.query.tags ?? '');
  if (tags && (tags.length > MAX_TAGS_LENGTH || !TAG_LIST.test(tags))) {
    ctx.status = 400;
    ctx.body = { error: 'tags must be words separated by single spaces' };
    return;
  }
  const tagList = tags ? tags.split(' ').filter(Boolean).map((t) => t.toLowerCase()) : [];
  ctx.body = await searchArticles({ q, tags: tagList, limit: 20 });
});
