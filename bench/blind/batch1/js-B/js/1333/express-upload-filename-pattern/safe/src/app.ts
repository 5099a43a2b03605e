import express, { type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { gallery } from './gallery';
import { requireUser } from './auth';

const app = express();

app.use(requireUser);
app.use(gallery);

app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
  if (err instanceof multer.MulterError) {
    res.status(err.code === 'LIMIT_FILE_SIZE' ? 413 : 400).json({ error: err.code });
    return;
  }
  next(err);
});

app.listen(Number(process.env.PORT ?? 8080));
