import express from 'express';
import { debugRoutes } from './debug-routes';
import { apiRoutes } from './api-routes';

export const app = express();
app.set('trust proxy', 1);
app.use(express.json({ limit: '200kb' }));

app.use('/api', apiRoutes);
app.use('/__debug', debugRoutes); // cg-expect: CWE-489

app.listen(Number(process.env.PORT ?? 8080));
