const serialize = require('node-serialize');

// frames keep Date objects and custom op types intact across the wire
function decodeFrame(text) {
  const frame = serialize.unserialize(text); // cg-expect: CWE-502
  if (!frame || typeof frame.type !== 'string') throw new Error('invalid frame');
  frame.ops = Array.isArray(frame.ops) ? frame.ops : [];
  return frame;
}

function encodeFrame(frame) {
  return serialize.serialize(frame);
}

module.exports = { decodeFrame, encodeFrame };
