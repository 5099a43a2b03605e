function safeNext(next) {
  if (typeof next !== 'string' || !next.startsWith('/')) return '/dashboard';
  return next;
}

module.exports = { safeNext };
