function safeNext(next) {
  if (typeof next !== 'string' || !next.startsWith('/')) return '/dashboard';
  const u = new URL(next, 'https://app.local');
  if (u.origin !== 'https://app.local') return '/dashboard';
  return u.pathname + u.search;
}

module.exports = { safeNext };
