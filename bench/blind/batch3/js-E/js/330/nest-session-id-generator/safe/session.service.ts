import { Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';

interface SessionData {
  userId: string;
  createdAt: number;
}

@Injectable()
export class SessionService {
  private readonly store = new Map<string, SessionData>();

  private newId(): string {
    return randomBytes(32).toString('base64url');
  }

  create(userId: string): string {
    const id = this.newId();
    this.store.set(id, { userId, createdAt: Date.now() });
    return id;
  }

  get(id: string): SessionData | undefined {
    return this.store.get(id);
  }
}
