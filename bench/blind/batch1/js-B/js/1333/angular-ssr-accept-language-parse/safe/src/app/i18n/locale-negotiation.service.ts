import { Injectable, REQUEST, inject } from '@angular/core';

const SUPPORTED = ['en', 'en-GB', 'de', 'fr', 'es', 'pt-BR'] as const;
type Supported = (typeof SUPPORTED)[number];

// one entry of e.g. "de-CH,de;q=0.9,en;q=0.8"; validated entry by entry, never the whole header at once
const LANGUAGE_RANGE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*(?:;q=[01](?:\.\d{0,3})?)?$/;

@Injectable({ providedIn: 'root' })
export class LocaleNegotiationService {
  private request = inject(REQUEST, { optional: true });

  preferred(): Supported {
    const header = this.request?.headers.get('accept-language') ?? '';
    if (!header || header.length > 256) return 'en';
    const ranked = header
      .split(',')
      .map((part) => part.replace(/\s+/g, ''))
      .filter((part) => LANGUAGE_RANGE.test(part))
      .map((part) => {
        const [tag, q] = part.split(';q=');
        return { tag, q: q ? parseFloat(q) : 1 };
      })
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      const exact = SUPPORTED.find((s) => s.toLowerCase() === tag.toLowerCase());
      if (exact) return exact;
      const base = SUPPORTED.find((s) => s === tag.split('-')[0].toLowerCase());
      if (base) return base;
    }
    return 'en';
  }
}
