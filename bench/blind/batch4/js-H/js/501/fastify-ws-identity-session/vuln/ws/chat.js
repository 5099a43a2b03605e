async function chatRoutes(fastify) {
  fastify.get('/ws/chat', { websocket: true }, (socket, request) => {
    socket.on('message', async (raw) => {
      const msg = JSON.parse(raw.toString());
      if (msg.type === 'hello') {
        request.session.set('chatUserId', msg.userId); // cg-expect: CWE-501
        return socket.send(JSON.stringify({ type: 'welcome' }));
      }
      if (msg.type === 'say') {
        const uid = request.session.get('chatUserId');
        await fastify.chat.post(uid, String(msg.text));
      }
    });
  });
}
module.exports = chatRoutes;
