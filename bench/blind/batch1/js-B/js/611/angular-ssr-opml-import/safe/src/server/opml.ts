import express, { Router } from 'express';
import multer from 'multer';
import { parseXmlString } from 'libxmljs';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 256 * 1024 } });

export const opmlRouter = Router();

interface Subscription {
  title: string;
  xmlUrl: string;
}

function outlinesFrom(buffer: Buffer): Subscription[] {
  const doc = parseXmlString(buffer.toString('utf8'), { noent: false, nonet: true, dtdload: false });
  return doc.find('//outline[@xmlUrl]').map((o) => ({
    title: o.attr('title')?.value() ?? o.attr('text')?.value() ?? '',
    xmlUrl: o.attr('xmlUrl')!.value(),
  }));
}

opmlRouter.post('/preview', upload.single('opml'), express.json(), (req, res) => {
  if (!req.file) {
    res.status(400).json({ error: 'no file' });
    return;
  }
  try {
    res.json({ subscriptions: outlinesFrom(req.file.buffer) });
  } catch {
    res.status(422).json({ error: 'invalid OPML' });
  }
});
