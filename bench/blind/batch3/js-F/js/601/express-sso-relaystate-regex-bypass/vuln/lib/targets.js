const TRUSTED_HOSTS = ['app.example.com', 'admin.example.com'];

function isTrustedTarget(value) {
  return /^https:\/\/(app|admin)\.example\.com/.test(value);
}

module.exports = { isTrustedTarget, TRUSTED_HOSTS };
