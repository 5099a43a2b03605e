const { WebSocketServer } = require('ws');
const { membershipFor } = require('./tenants');

function attach(server, app) {
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket, req) => {
    const ctx = app.createContext(req, {});
    socket.on('message', async (raw) => {
      const msg = JSON.parse(raw.toString());
      if (msg.type === 'switch-tenant') {
        const m = await membershipFor(ctx.session.uid, msg.tenantId);
        if (m) ctx.session.tenantId = msg.tenantId;
        await ctx.session.manuallyCommit();
        socket.send(JSON.stringify({ type: 'tenant', ok: Boolean(m) }));
      }
    });
  });
}

module.exports = { attach };
