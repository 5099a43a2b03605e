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
    return Date.now().toString(16) + Math.floor(Math.random() * 1e12).toString(16); // cg-expect: CWE-330
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
