function safeReturnPath(value) {
  if (typeof value !== 'string') return '/dashboard';
  if (value.startsWith('/')) return value;
  return '/dashboard';
}

module.exports = { safeReturnPath };
