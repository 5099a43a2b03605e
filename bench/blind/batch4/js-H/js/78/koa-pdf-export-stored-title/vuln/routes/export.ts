import Router from '@koa/router';
import { createReadStream } from 'fs';
import { exportPdf } from '../services/pdf';

export const router = new Router();
router.get('/documents/:id/pdf', async (ctx) => {
  const file = await exportPdf(Number(ctx.params.id));
  ctx.type = 'application/pdf';
  ctx.body = createReadStream(file);
});
