const BSON = require('bson');

function decodeMessage(buf) {
  return BSON.deserialize(buf, { evalFunctions: false, promoteBuffers: true });
}

function encodeMessage(obj) {
  return BSON.serialize(obj);
}

module.exports = { decodeMessage, encodeMessage };
