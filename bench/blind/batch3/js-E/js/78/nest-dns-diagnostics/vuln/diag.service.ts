import { Injectable } from '@nestjs/common';
import { execSync, execFileSync } from 'child_process';

@Injectable()
export class DiagService {
  isHostname(h: unknown): h is string {
    return typeof h === 'string' && /[a-z0-9.-]+/i.test(h);
  }

  lookup(host: string): string {
    return execSync(`nslookup ${host}`, { timeout: 5000 }).toString(); // cg-expect: CWE-78
  }

  uptime(): string {
    return execFileSync('uptime').toString();
  }
}
