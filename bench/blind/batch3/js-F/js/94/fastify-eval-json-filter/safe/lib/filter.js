const OPS = {
  eq: (a, b) => a === b,
  gt: (a, b) => a > b,
  lt: (a, b) => a < b,
};

function makePredicate(where) {
  const [field, op, raw] = String(where).split(':');
  const fn = Object.prototype.hasOwnProperty.call(OPS, op) ? OPS[op] : null;
  if (!fn || !/^[a-z_]+$/.test(field)) throw new Error('bad filter');
  const value = Number.isNaN(Number(raw)) ? raw : Number(raw);
  return (item) => fn(item[field], value);
}

module.exports = { makePredicate, OPS };
