import puppeteer from 'puppeteer';

export class PdfRenderer {
  constructor(private readonly appOrigin: string) {}

  async render(url: string): Promise<Buffer> {
    const target = new URL(url, this.appOrigin);
    if (target.origin !== this.appOrigin) throw new Error('only application pages can be rendered');
    const browser = await puppeteer.launch({ headless: true });
    try {
      const page = await browser.newPage();
      await page.goto(target.href, { waitUntil: 'networkidle0', timeout: 15000 });
      return Buffer.from(await page.pdf({ format: 'A4' }));
    } finally {
      await browser.close();
    }
  }
}
