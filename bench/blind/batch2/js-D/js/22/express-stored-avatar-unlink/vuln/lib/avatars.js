const fs = require('fs/promises');
const path = require('path');

const AVATAR_DIR = path.resolve('/srv/static/avatars');

async function removeAvatarFile(file) {
  const full = path.join(AVATAR_DIR, file);
  await fs.unlink(full).catch(() => {}); // cg-expect: CWE-22
}

module.exports = { removeAvatarFile };
