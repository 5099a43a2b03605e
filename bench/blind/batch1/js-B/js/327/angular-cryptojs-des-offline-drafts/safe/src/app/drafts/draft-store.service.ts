import { Injectable, inject } from '@angular/core';
import { SessionService } from '../core/session.service';

export interface Draft {
  id: string;
  to: string;
  subject: string;
  body: string;
  updatedAt: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u));
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

@Injectable({ providedIn: 'root' })
export class DraftStoreService {
  private session = inject(SessionService);

  /** Per-user AES-GCM CryptoKey (non-extractable) imported from the key handed out by the API at login. */
  private get key(): Promise<CryptoKey> {
    return this.session.localEncryptionCryptoKey();
  }

  async save(draft: Draft): Promise<void> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await this.key, enc.encode(JSON.stringify(draft)));
    localStorage.setItem(`draft:${draft.id}`, `${b64(iv)}.${b64(new Uint8Array(ct))}`);
  }

  async load(id: string): Promise<Draft | null> {
    const blob = localStorage.getItem(`draft:${id}`);
    if (!blob) return null;
    const [iv, ct] = blob.split('.');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(iv) }, await this.key, unb64(ct));
    return JSON.parse(dec.decode(plain)) as Draft;
  }
}
