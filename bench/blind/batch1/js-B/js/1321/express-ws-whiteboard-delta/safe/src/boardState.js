// Shared in-memory state for each whiteboard room.
const rooms = new Map();
const BANNED_KEYS = ['__proto__', 'constructor', 'prototype'];

function getRoom(roomId) {
  if (!rooms.has(roomId)) rooms.set(roomId, { shapes: {}, cursors: {}, meta: { title: 'Untitled board' } });
  return rooms.get(roomId);
}

// Applies a client delta such as { shapes: { s42: { x: 10, y: 20 } } }.
function applyDelta(state, delta) {
  Object.entries(delta).forEach(([key, value]) => {
    if (BANNED_KEYS.includes(key)) return;
    if (value === null) {
      delete state[key];
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      if (!Object.hasOwn(state, key) || typeof state[key] !== 'object' || state[key] === null) state[key] = {};
      applyDelta(state[key], value);
    } else {
      state[key] = value;
    }
  });
}

module.exports = { getRoom, applyDelta };
