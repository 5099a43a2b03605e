function safeTarget(next) {
  if (typeof next !== 'string' || next.length === 0) return '/dashboard';
  const u = new URL(next, 'https://app.example.com');
  if (u.origin !== 'https://app.example.com') return '/dashboard';
  return u.pathname + u.search + u.hash;
}

module.exports = { safeTarget };
