import Koa from 'koa';
import Router from '@koa/router';
import multer from '@koa/multer';
import { inspectSvg } from './svg';

const app = new Koa();
const router = new Router();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 512 * 1024 } });

router.post('/icons', upload.single('icon'), async (ctx) => {
  const file = (ctx as any).file as { buffer: Buffer };
  ctx.body = inspectSvg(file.buffer.toString('utf8'));
});

app.use(router.routes());
app.listen(3001);
