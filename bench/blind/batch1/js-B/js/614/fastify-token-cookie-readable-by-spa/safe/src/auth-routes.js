import { checkPassword } from './users.js';

export default async function authRoutes(app) {
  app.post('/login', async (request, reply) => {
    const { email, password } = request.body ?? {};
    const user = await checkPassword(app.pg, email, password);
    if (!user) return reply.code(401).send({ error: 'invalid login' });

    const token = await reply.jwtSign({ sub: user.id, scope: user.scopes }, { expiresIn: '2h' });
    // websocket upgrades carry the cookie automatically, so script never needs to read it
    reply.setCookie('access_token', token, { path: '/', httpOnly: true, secure: true, sameSite: 'strict', maxAge: 7200 });
    return { user: { id: user.id, name: user.name } };
  });

  app.get('/me', { onRequest: [app.authenticate] }, async (request) => ({ id: request.user.sub }));

  app.post('/logout', async (request, reply) => {
    reply.clearCookie('access_token', { path: '/' });
    return { ok: true };
  });
}
