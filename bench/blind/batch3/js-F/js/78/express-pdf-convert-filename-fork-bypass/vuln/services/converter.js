const fs = require('fs/promises');
const path = require('path');
const { execFile } = require('child_process');
const { promisify } = require('util');
const run = promisify(execFile);

const OUT = '/tmp/converted';

async function toPdf(tmpPath, originalName) {
  const ext = path.extname(originalName).toLowerCase();
  if (!['.docx', '.odt', '.rtf'].includes(ext)) throw new Error('unsupported');
  const named = path.join(path.dirname(tmpPath), originalName);
  await fs.rename(tmpPath, named);
  await run('sh', ['-c', `soffice --headless --convert-to pdf --outdir ${OUT} "${named}"`]); // cg-expect: CWE-78
  return path.join(OUT, path.basename(named, ext) + '.pdf');
}

module.exports = { toPdf };
