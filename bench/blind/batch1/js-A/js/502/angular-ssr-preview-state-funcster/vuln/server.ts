import { AngularNodeAppEngine, createNodeRequestHandler, writeResponseToNodeResponse } from '@angular/ssr/node';
import express from 'express';
import { previewContext } from './src/server/preview';

const app = express();
const angularApp = new AngularNodeAppEngine();

app.use(express.json({ limit: '512kb' }));

// the CMS editor posts its unsaved component tree to get a server-rendered preview
app.post('/preview', (req, res, next) => {
  try {
    const ctx = previewContext(req.body);
    res.locals['preview'] = ctx;
    res.json({ components: ctx.components.length, title: String(ctx.title) });
  } catch (err) {
    next(err);
  }
});

app.use((req, res, next) => {
  angularApp.handle(req).then((r) => (r ? writeResponseToNodeResponse(r, res) : next())).catch(next);
});

export const reqHandler = createNodeRequestHandler(app);
