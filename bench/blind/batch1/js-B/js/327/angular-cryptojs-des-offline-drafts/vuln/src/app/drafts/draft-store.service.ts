import { Injectable, inject } from '@angular/core';
import * as CryptoJS from 'crypto-js';
import { SessionService } from '../core/session.service';

export interface Draft {
  id: string;
  to: string;
  subject: string;
  body: string;
  updatedAt: number;
}

@Injectable({ providedIn: 'root' })
export class DraftStoreService {
  private session = inject(SessionService);

  /** Per-user key handed out by the API at login. */
  private get key(): string {
    return this.session.localEncryptionKey;
  }

  save(draft: Draft): void {
    const blob = CryptoJS.DES.encrypt(JSON.stringify(draft), this.key).toString(); // cg-expect: CWE-327
    localStorage.setItem(`draft:${draft.id}`, blob);
  }

  load(id: string): Draft | null {
    const blob = localStorage.getItem(`draft:${id}`);
    if (!blob) return null;
    const text = CryptoJS.DES.decrypt(blob, this.key).toString(CryptoJS.enc.Utf8);
    return text ? (JSON.parse(text) as Draft) : null;
  }
}
