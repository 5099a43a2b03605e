import Koa from 'koa';
import Router from '@koa/router';
import multer from '@koa/multer';
import { makeThumbnail } from './thumbs';

const app = new Koa();
const router = new Router();
const upload = multer({ dest: '/var/app/uploads' });

router.post('/thumbnails', upload.single('image'), async (ctx) => {
  const file = (ctx as any).file as { path: string; originalname: string };
  const out = makeThumbnail(file.path, file.originalname);
  ctx.body = { thumbnail: out };
});

app.use(router.routes());
app.listen(4000);
