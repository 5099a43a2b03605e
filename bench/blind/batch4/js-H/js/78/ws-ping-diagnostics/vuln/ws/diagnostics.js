const { spawn } = require('child_process');
const net = require('net');

const HOST_RE = /^[A-Za-z0-9.-]{1,253}$/;

function attachDiagnostics(wss) {
  wss.on('connection', (socket) => {
    socket.on('message', (raw) => {
      let msg;
      try { msg = JSON.parse(raw.toString()); } catch { return; }
      if (msg.type !== 'ping') return;
      runPing(msg.host, (line) => socket.send(JSON.stringify({ type: 'output', line })));
    });
  });
}

function runPing(host, onLine) {
  const child = spawn(`ping -c 4 ${host}`, { shell: true }); // cg-expect: CWE-78
  child.stdout.on('data', (d) => onLine(d.toString()));
  child.on('close', (code) => onLine(`exit ${code}`));
}
module.exports = { attachDiagnostics };
