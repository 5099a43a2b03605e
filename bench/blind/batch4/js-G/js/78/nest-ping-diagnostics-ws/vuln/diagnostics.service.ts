import { Injectable } from '@nestjs/common';
import { spawn } from 'child_process';
import net from 'net';

@Injectable()
export class DiagnosticsService {
  ping(host: string, count: number): Promise<string> {
    const n = Math.min(Math.max(Math.trunc(count) || 1, 1), 10);
    const child = spawn(`ping -c ${n} ${host}`, { shell: true }); // cg-expect: CWE-78
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('close', () => resolve(out));
    });
  }
}
