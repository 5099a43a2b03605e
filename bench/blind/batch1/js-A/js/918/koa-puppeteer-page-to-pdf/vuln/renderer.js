const puppeteer = require('puppeteer');

let browserPromise;

function browser() {
  browserPromise ||= puppeteer.launch({ headless: 'new', args: ['--no-sandbox'] });
  return browserPromise;
}

async function renderPdf(pageUrl) {
  const page = await (await browser()).newPage();
  try {
    await page.goto(pageUrl, { waitUntil: 'networkidle0', timeout: 15000 }); // cg-expect: CWE-918
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await page.close();
  }
}

module.exports = { renderPdf };
