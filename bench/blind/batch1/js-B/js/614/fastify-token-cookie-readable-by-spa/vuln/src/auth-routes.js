import { checkPassword } from './users.js';

export default async function authRoutes(app) {
  app.post('/login', async (request, reply) => {
    const { email, password } = request.body ?? {};
    const user = await checkPassword(app.pg, email, password);
    if (!user) return reply.code(401).send({ error: 'invalid login' });

    const token = await reply.jwtSign({ sub: user.id, scope: user.scopes }, { expiresIn: '2h' });
    // the SPA reads the token from document.cookie to attach it to websocket connections
    reply.setCookie('access_token', token, { path: '/', httpOnly: false, secure: true, sameSite: 'strict', maxAge: 7200 }); // cg-expect: CWE-614, CWE-1004
    return { user: { id: user.id, name: user.name } };
  });

  app.get('/me', { onRequest: [app.authenticate] }, async (request) => ({ id: request.user.sub }));

  app.post('/logout', async (request, reply) => {
    reply.clearCookie('access_token', { path: '/' });
    return { ok: true };
  });
}
