const BSON = require('bson');

function decodeMessage(buf) {
  return BSON.deserialize(buf, { evalFunctions: true, cacheFunctions: true }); // cg-expect: CWE-502
}

function encodeMessage(obj) {
  return BSON.serialize(obj);
}

module.exports = { decodeMessage, encodeMessage };
