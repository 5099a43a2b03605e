const { execFile } = require('child_process');
const { promisify } = require('util');
const fs = require('fs/promises');
const os = require('os');
const path = require('path');

const run = promisify(execFile);

// Flattens a stored label template to its text content using xmllint.
async function renderPreview(templateXml) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'label-'));
  const file = path.join(dir, 'template.xml');
  try {
    await fs.writeFile(file, templateXml, 'utf8');
    const { stdout } = await run('xmllint', ['--noent', '--xpath', 'string(/label)', file], { timeout: 3000 }); // cg-expect: CWE-611
    return stdout.trim();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

module.exports = { renderPreview };
