const fs = require('fs/promises');
const path = require('path');

const AVATAR_DIR = path.resolve('/srv/static/avatars');

async function removeAvatarFile(file) {
  const full = path.resolve(AVATAR_DIR, file);
  if (path.relative(AVATAR_DIR, full).startsWith('..') || path.isAbsolute(path.relative(AVATAR_DIR, full))) {
    throw new Error('refusing to delete outside avatar dir');
  }
  await fs.unlink(full).catch(() => {});
}

module.exports = { removeAvatarFile };
