const fastify = require('fastify')();
fastify.register(require('@fastify/secure-session'), { key: require('fs').readFileSync('/etc/acme/session.key'), cookie: { path: '/', httpOnly: true, secure: true } });
fastify.register(require('@fastify/websocket'));
fastify.register(require('./ws/chat'));
fastify.listen({ port: 3000 });
