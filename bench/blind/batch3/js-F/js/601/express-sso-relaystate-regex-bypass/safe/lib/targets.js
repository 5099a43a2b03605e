const TRUSTED_HOSTS = ['app.example.com', 'admin.example.com'];

function isTrustedTarget(value) {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && TRUSTED_HOSTS.includes(u.hostname) && !u.username && !u.password;
  } catch {
    return false;
  }
}

module.exports = { isTrustedTarget, TRUSTED_HOSTS };
