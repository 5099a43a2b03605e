const ALLOWED = new Set(['docs.example.com', 'blog.example.com', 'www.example.com']);

function isAllowedTarget(raw) {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && ALLOWED.has(u.hostname);
  } catch {
    return false;
  }
}

module.exports = { isAllowedTarget };
