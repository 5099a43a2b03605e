import Fastify from 'fastify';
import { createInvite, acceptInvite } from './invites';

const app = Fastify();

app.post<{ Params: { teamId: string }; Body: { email: string } }>('/teams/:teamId/invites', async (req) => {
  const token = await createInvite(req.params.teamId, req.body.email);
  return { link: `https://app.example.com/join/${token}` };
});

app.post<{ Params: { token: string } }>('/join/:token', async (req) => acceptInvite(req.params.token));

app.listen({ port: 3002 });
