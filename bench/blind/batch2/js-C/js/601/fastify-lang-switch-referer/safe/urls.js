function sameOriginPath(raw, origin) {
  try {
    const u = new URL(raw, origin);
    if (u.origin !== origin) return '/';
    return u.pathname + u.search;
  } catch {
    return '/';
  }
}

module.exports = { sameOriginPath };
