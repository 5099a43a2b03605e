const fastify = require('fastify')();
const { connectUpstream } = require('./upstream');
fastify.register(require('@fastify/websocket'));

fastify.register(async (app) => {
  app.get('/quotes', { websocket: true }, (socket) => {
    const up = connectUpstream(process.env.MARKET_TOKEN);
    up.on('message', (m) => socket.send(m.toString()));
    socket.on('close', () => up.close());
  });
});
fastify.listen({ port: 3000 });
