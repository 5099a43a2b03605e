import { Router, json } from 'express';
import { invites } from './invite-repo';

export const invitesApi = Router();
invitesApi.use(json());

invitesApi.get('/api/invites/:code', async (req, res) => {
  const invite = await invites.findOpen(req.params.code);
  if (!invite) {
    res.sendStatus(404);
    return;
  }
  res.json({ code: invite.code, orgName: invite.orgName, role: invite.role });
});

invitesApi.post('/api/invites/accept', async (req, res) => {
  if (!req.session?.userId) {
    res.sendStatus(401);
    return;
  }
  const { code } = req.body ?? {};
  const invite = await invites.findOpen(String(code));
  if (!invite) {
    res.status(410).json({ error: 'invite expired' });
    return;
  }
  await invites.markUsed(invite.code, req.session.userId);
  req.session.org = { id: invite.orgId, role: invite.role };
  res.json({ orgId: invite.orgId });
});
