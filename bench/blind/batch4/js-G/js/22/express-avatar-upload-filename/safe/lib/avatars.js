const fs = require('fs');
const path = require('path');

const AVATAR_ROOT = '/srv/app/public/avatars';

function avatarWriteStream(userId, filename) {
  const dir = path.join(AVATAR_ROOT, String(userId));
  fs.mkdirSync(dir, { recursive: true });
  const ext = path.extname(path.basename(filename)).toLowerCase();
  const target = path.join(dir, ['.png', '.jpg', '.jpeg', '.webp'].includes(ext) ? `avatar${ext}` : 'avatar.png');
  return fs.createWriteStream(target);
}

module.exports = { avatarWriteStream };
