import { Router } from 'express';
import v8 from 'node:v8';
import { pool } from './db';

// Troubleshooting helpers used during the migration.
export const debugRoutes = Router();

debugRoutes.get('/env', (_req, res) => {
  res.json(process.env);
});

debugRoutes.get('/heap', (_req, res) => {
  const file = v8.writeHeapSnapshot();
  res.download(file);
});

debugRoutes.get('/pool', (_req, res) => {
  res.json({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, options: (pool as any).options });
});
