import { AngularNodeAppEngine, createNodeRequestHandler, isMainModule, writeResponseToNodeResponse } from '@angular/ssr/node';
import express from 'express';
import { previewWidget } from './src/server/widgets';

const app = express();
const angularApp = new AngularNodeAppEngine();

app.use(express.json({ limit: '64kb' }));

app.post('/api/widgets/preview', (req, res) => {
  const { formula, series } = req.body ?? {};
  try {
    res.json({ value: previewWidget(String(formula ?? ''), series ?? {}) });
  } catch {
    res.status(400).json({ error: 'formula could not be evaluated' });
  }
});

app.use((req, res, next) => {
  angularApp
    .handle(req)
    .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
    .catch(next);
});

if (isMainModule(import.meta.url)) {
  app.listen(Number(process.env['PORT'] ?? 4000));
}

export const reqHandler = createNodeRequestHandler(app);
