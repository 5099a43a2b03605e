// frames are JSON; dates travel as ISO strings and are revived explicitly
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function decodeFrame(text) {
  const frame = JSON.parse(text, (key, value) => (typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value));
  if (!frame || typeof frame.type !== 'string') throw new Error('invalid frame');
  frame.ops = Array.isArray(frame.ops) ? frame.ops : [];
  return frame;
}

function encodeFrame(frame) {
  return JSON.stringify(frame);
}

module.exports = { decodeFrame, encodeFrame };
