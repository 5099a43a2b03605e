import { Router, json } from 'express';
import { applyPatch, PatchOp } from '../lib/patch';

const router = Router();
const pages = new Map<string, Record<string, any>>();

router.patch('/pages/:id', json(), (req, res) => {
  const page = pages.get(req.params.id) ?? { title: 'Untitled', theme: { color: 'blue' }, blocks: [] };
  try {
    const updated = applyPatch(page, (req.body?.ops ?? []) as PatchOp[]);
    pages.set(req.params.id, updated);
    res.json(updated);
  } catch {
    res.status(400).json({ error: 'invalid patch' });
  }
});

router.get('/pages/:id', (req, res) => {
  const page = pages.get(req.params.id);
  return page ? res.json(page) : res.sendStatus(404);
});

export default router;
