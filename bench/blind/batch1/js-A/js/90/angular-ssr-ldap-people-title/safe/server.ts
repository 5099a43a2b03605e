import { AngularNodeAppEngine, createNodeRequestHandler, writeResponseToNodeResponse } from '@angular/ssr/node';
import express from 'express';
import { peopleWithTitle } from './src/server/people';

const app = express();
const angularApp = new AngularNodeAppEngine();

app.get('/api/people/by-title', async (req, res, next) => {
  try {
    const title = String(req.query['title'] ?? '');
    res.json(await peopleWithTitle(title));
  } catch (err) {
    next(err);
  }
});

app.use((req, res, next) => {
  angularApp.handle(req).then((r) => (r ? writeResponseToNodeResponse(r, res) : next())).catch(next);
});

export const reqHandler = createNodeRequestHandler(app);
