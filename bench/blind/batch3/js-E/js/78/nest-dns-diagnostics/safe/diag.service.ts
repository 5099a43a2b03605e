import { Injectable } from '@nestjs/common';
import { execSync, execFileSync } from 'child_process';

@Injectable()
export class DiagService {
  isHostname(h: unknown): h is string {
    return typeof h === 'string' && /^[a-z0-9][a-z0-9.-]{0,252}$/i.test(h);
  }

  lookup(host: string): string {
    return execFileSync('nslookup', ['--', host], { timeout: 5000 }).toString();
  }

  uptime(): string {
    return execFileSync('uptime').toString();
  }
}
