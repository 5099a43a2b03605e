function isLocalTarget(target) {
  if (typeof target !== 'string' || !target.startsWith('/')) return false;
  if (target.startsWith('//') || target.startsWith('/\\')) return false;
  try {
    return new URL(target, 'https://portal.example.com').origin === 'https://portal.example.com';
  } catch {
    return false;
  }
}

module.exports = { isLocalTarget };
