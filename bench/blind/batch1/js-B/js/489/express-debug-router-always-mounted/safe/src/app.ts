import express from 'express';
import { debugRoutes } from './debug-routes';
import { apiRoutes } from './api-routes';

export const app = express();
app.set('trust proxy', 1);
app.use(express.json({ limit: '200kb' }));

app.use('/api', apiRoutes);
if (process.env.NODE_ENV === 'development' && process.env.ENABLE_DEBUG_ROUTES === '1') {
  app.use('/__debug', debugRoutes);
}

app.listen(Number(process.env.PORT ?? 8080));
