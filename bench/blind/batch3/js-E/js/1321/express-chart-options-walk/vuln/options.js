const DEFAULTS = { axis: { x: 'time', y: 'value' }, legend: { show: true } };

function buildOptions(input) {
  const out = JSON.parse(JSON.stringify(DEFAULTS));
  const walk = (src, dst) => {
    Object.entries(src).forEach(([k, v]) => {
      if (v && typeof v === 'object') {
        dst[k] = dst[k] || {};
        walk(v, dst[k]);
      } else {
        dst[k] = v; // cg-expect: CWE-1321
      }
    });
  };
  walk(input, out);
  return out;
}

module.exports = { buildOptions };
