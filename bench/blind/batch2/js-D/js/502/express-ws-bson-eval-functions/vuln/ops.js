const state = new Map();

function applyOp(msg) {
  if (msg.op === 'set' && typeof msg.key === 'string') {
    state.set(msg.key, msg.value);
    return { size: state.size };
  }
  if (msg.op === 'get' && typeof msg.key === 'string') {
    return { value: state.get(msg.key) ?? null };
  }
  throw new Error('unknown op');
}

module.exports = { applyOp };
