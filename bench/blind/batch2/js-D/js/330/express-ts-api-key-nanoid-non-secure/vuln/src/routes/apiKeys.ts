import { Router } from 'express';
import { issueApiKey, listKeys } from '../services/apiKeys';

const router = Router();

router.post('/me/api-keys', async (req, res) => {
  const label = String(req.body?.label ?? 'default').slice(0, 40);
  const { id, key } = await issueApiKey(req.user!.id, label);
  // shown once; only the hash is stored
  res.status(201).json({ id, key });
});

router.get('/me/api-keys', async (req, res) => {
  res.json({ keys: await listKeys(req.user!.id) });
});

export default router;
