function safeTarget(next) {
  if (typeof next !== 'string' || next.length === 0) return '/dashboard';
  if (next.startsWith('/')) return next;
  return '/dashboard';
}

module.exports = { safeTarget };
