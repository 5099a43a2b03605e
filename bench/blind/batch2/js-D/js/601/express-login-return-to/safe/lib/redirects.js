const DEFAULT = '/dashboard';

function safeReturnPath(value) {
  if (typeof value !== 'string' || value.length === 0) {
    return DEFAULT;
  }
  const v = value.trim();
  // only same-site absolute paths: "/x" but not "//host" or "/\host"
  if (!v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\')) {
    return DEFAULT;
  }
  return v;
}

module.exports = { safeReturnPath, DEFAULT };
