const APP_ORIGIN = process.env.APP_ORIGIN || 'https://app.example.com';

function backTarget(req) {
  const referer = req.get('Referer');
  if (!referer) {
    return '/';
  }
  try {
    const u = new URL(referer, APP_ORIGIN);
    return u.origin === APP_ORIGIN ? u.pathname + u.search : '/';
  } catch {
    return '/';
  }
}

module.exports = { backTarget, APP_ORIGIN };
