import { Router } from 'express';
import multer from 'multer';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { acceptImageName, MAX_IMAGE_BYTES } from './upload-policy';

const upload = multer({
  storage: multer.diskStorage({
    destination: '/srv/uploads/gallery',
    filename: (_req, file, cb) => cb(null, `${randomUUID()}${path.extname(file.originalname).toLowerCase()}`),
  }),
  limits: { fileSize: MAX_IMAGE_BYTES, files: 10 },
  fileFilter: (_req, file, cb) => cb(null, acceptImageName(file.originalname)),
});

export const gallery = Router();

gallery.post('/gallery/photos', upload.array('photos', 10), (req, res) => {
  const files = (req.files as Express.Multer.File[]) ?? [];
  res.status(201).json({ stored: files.map((f) => ({ id: f.filename, originalName: f.originalname })) });
});
