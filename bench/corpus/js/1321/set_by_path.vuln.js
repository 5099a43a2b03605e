function setPath(obj, path, value) {
  const parts = path.split(".");
  let node = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    node = node[parts[i]] = node[parts[i]] || {};
  }
  node[parts[parts.length - 1]] = value;  // cg-expect: CWE-1321
  return obj;
}

module.exports = function handler(req, res) {
  const prefs = req.user.preferences;
  setPath(prefs, req.query.path, req.query.value);
  res.json(prefs);
};
