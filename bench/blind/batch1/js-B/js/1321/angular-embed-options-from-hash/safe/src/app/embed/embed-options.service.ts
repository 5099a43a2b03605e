import { Injectable, inject } from '@angular/core';
import { DOCUMENT } from '@angular/common';

export interface EmbedOptions {
  player: { autoplay: boolean; muted: boolean; startAt: number };
  ui: { theme: string; showTitle: boolean };
}

const ALLOWED_PATHS = new Set(['player.autoplay', 'player.muted', 'player.startAt', 'ui.theme', 'ui.showTitle']);

const DEFAULTS: EmbedOptions = {
  player: { autoplay: false, muted: true, startAt: 0 },
  ui: { theme: 'dark', showTitle: true },
};

/**
 * Embed pages are configured by the host site through the fragment, e.g.
 *   /embed/123#player.autoplay=true&ui.theme=light
 */
@Injectable({ providedIn: 'root' })
export class EmbedOptionsService {
  private document = inject(DOCUMENT);

  read(): EmbedOptions {
    const options: any = structuredClone(DEFAULTS);
    const params = new URLSearchParams(this.document.location.hash.replace(/^#/, ''));
    params.forEach((raw, dotted) => {
      if (!ALLOWED_PATHS.has(dotted)) return;
      const keys = dotted.split('.');
      const leaf = keys.pop()!;
      let node = options;
      for (const k of keys) node = node[k];
      node[leaf] = raw === 'true' ? true : raw === 'false' ? false : isNaN(Number(raw)) ? raw : Number(raw);
    });
    return options as EmbedOptions;
  }
}
