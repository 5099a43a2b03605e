const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');

const THEMES_ROOT = '/srv/cms/themes';

async function installTheme(siteId, buffer) {
  const zip = new AdmZip(buffer);
  const dest = path.resolve(THEMES_ROOT, String(siteId).replace(/\W/g, ''));
  const written = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.resolve(dest, entry.entryName);
    if (!target.startsWith(dest + path.sep)) {
      throw new Error(`archive entry escapes theme directory: ${entry.entryName}`);
    }
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.writeFile(target, entry.getData());
    written.push(entry.entryName);
  }
  return written;
}

module.exports = { installTheme };
