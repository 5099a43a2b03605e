import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { promises as fs } from 'fs';
import { readSvgMeta } from './svgMeta';
import { saveAvatar } from './storage';

const router = new Router({ prefix: '/account' });

router.post('/avatar', koaBody({ multipart: true, formidable: { maxFileSize: 2 * 1024 * 1024 } }), async (ctx) => {
  const file = (ctx.request.files?.avatar ?? null) as any;
  if (!file || Array.isArray(file)) {
    ctx.throw(400, 'avatar file required');
  }
  if (file.mimetype !== 'image/svg+xml') {
    ctx.throw(415, 'only SVG avatars are accepted here');
  }
  const markup = await fs.readFile(file.filepath, 'utf8');
  const meta = readSvgMeta(markup);
  if (meta.width > 1024 || meta.height > 1024) {
    ctx.throw(422, 'avatar too large');
  }
  const key = await saveAvatar(ctx.state.user.id, markup);
  ctx.body = { key, width: meta.width, height: meta.height, title: meta.title };
});

export default router;
