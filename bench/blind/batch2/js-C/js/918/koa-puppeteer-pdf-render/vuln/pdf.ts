import puppeteer from 'puppeteer';

export class PdfRenderer {
  constructor(private readonly appOrigin: string) {}

  async render(url: string): Promise<Buffer> {
    const browser = await puppeteer.launch({ headless: true });
    try {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'networkidle0', timeout: 15000 }); // cg-expect: CWE-918
      return Buffer.from(await page.pdf({ format: 'A4' }));
    } finally {
      await browser.close();
    }
  }
}
