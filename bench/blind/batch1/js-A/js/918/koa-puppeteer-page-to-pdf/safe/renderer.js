const puppeteer = require('puppeteer');

const REPORTS_ORIGIN = 'https://reports.example.com';
let browserPromise;

function browser() {
  browserPromise ||= puppeteer.launch({ headless: 'new', args: ['--no-sandbox'] });
  return browserPromise;
}

async function renderPdf(pageUrl) {
  const url = new URL(pageUrl, REPORTS_ORIGIN);
  if (url.origin !== REPORTS_ORIGIN || !url.pathname.startsWith('/reports/')) {
    throw new Error('only report pages can be exported');
  }
  const page = await (await browser()).newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const origin = new URL(req.url()).origin;
      return origin === REPORTS_ORIGIN ? req.continue() : req.abort();
    });
    await page.goto(url.href, { waitUntil: 'networkidle0', timeout: 15000 });
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await page.close();
  }
}

module.exports = { renderPdf };
