const DEFAULT = '/dashboard';

function safeReturnPath(value) {
  if (typeof value !== 'string' || value.length === 0) {
    return DEFAULT;
  }
  return value.trim();
}

module.exports = { safeReturnPath, DEFAULT };
