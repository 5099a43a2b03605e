const fs = require('fs');
const path = require('path');

const AVATAR_ROOT = '/srv/app/public/avatars';

function avatarWriteStream(userId, filename) {
  const dir = path.join(AVATAR_ROOT, String(userId));
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, filename);
  return fs.createWriteStream(target); // cg-expect: CWE-22
}

module.exports = { avatarWriteStream };
