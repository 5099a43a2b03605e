import { Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';

interface SessionRecord {
  userId: string;
  createdAt: number;
}

@Injectable()
export class SessionService {
  private readonly sessions = new Map<string, SessionRecord>();

  private generateId(): string {
    return randomBytes(32).toString('hex');
  }

  create(userId: string): string {
    const id = this.generateId();
    this.sessions.set(id, { userId, createdAt: Date.now() });
    return id;
  }

  resolve(id: string): SessionRecord | undefined {
    return this.sessions.get(id);
  }
}
