async function chatRoutes(fastify) {
  fastify.get('/ws/chat', { websocket: true }, (socket, request) => {
    socket.on('message', async (raw) => {
      const msg = JSON.parse(raw.toString());
      if (msg.type === 'hello') {
        const uid = request.session.get('userId');
        if (!uid) return socket.close(4401, 'login required');
        request.session.set('chatUserId', uid);
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
