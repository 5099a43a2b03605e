
function decodeFilterState(b64) {
  const json = JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
  return { range: ['7d', '30d', '90d'].includes(json.range) ? json.range : '30d', groupBy: json.groupBy === 'week' ? 'week' : 'day' };
}
function encodeFilterState(state) { return Buffer.from(JSON.stringify(state)).toString('base64'); }
module.exports = { decodeFilterState, encodeFilterState };
