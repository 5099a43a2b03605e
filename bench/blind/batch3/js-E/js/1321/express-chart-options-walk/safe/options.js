const DEFAULTS = { axis: { x: 'time', y: 'value' }, legend: { show: true } };

function buildOptions(input) {
  const out = JSON.parse(JSON.stringify(DEFAULTS));
  const walk = (src, dst) => {
    Object.entries(src).forEach(([k, v]) => {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') return;
      if (v && typeof v === 'object') {
        if (!Object.prototype.hasOwnProperty.call(dst, k)) dst[k] = Object.create(null);
        walk(v, dst[k]);
      } else {
        dst[k] = v;
      }
    });
  };
  walk(input, out);
  return out;
}

module.exports = { buildOptions };
