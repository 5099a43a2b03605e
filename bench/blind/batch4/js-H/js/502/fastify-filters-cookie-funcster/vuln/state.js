const funcster = require('funcster');

function decodeFilterState(b64) {
  const json = JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
  return funcster.deepDeserialize(json); // cg-expect: CWE-502
}
function encodeFilterState(state) { return Buffer.from(JSON.stringify(funcster.deepSerialize(state))).toString('base64'); }
module.exports = { decodeFilterState, encodeFilterState };
