import Koa from 'koa';
import Router from '@koa/router';
import mongoose from 'mongoose';
import { findDocuments } from './documents';

const app = new Koa();
const router = new Router();

router.get('/documents', async (ctx) => {
  const owner = String(ctx.query.owner ?? '');
  const folder = String(ctx.query.folder ?? 'inbox');
  ctx.body = await findDocuments(owner, folder);
});

app.use(router.routes());
mongoose.connect(process.env.MONGO_URL as string).then(() => app.listen(3000));
