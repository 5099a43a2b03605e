const APP_ORIGIN = process.env.APP_ORIGIN || 'https://app.example.com';

function backTarget(req) {
  const referer = req.get('Referer');
  if (!referer) {
    return '/';
  }
  return referer;
}

module.exports = { backTarget, APP_ORIGIN };
