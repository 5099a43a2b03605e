import { Injectable } from '@nestjs/common';
import { spawn } from 'child_process';
import net from 'net';

@Injectable()
export class DiagnosticsService {
  ping(host: string, count: number): Promise<string> {
    const n = Math.min(Math.max(Math.trunc(count) || 1, 1), 10);
    if (!net.isIP(host) && !/^[a-z0-9.-]{1,253}$/i.test(host)) {
      return Promise.reject(new Error('invalid host'));
    }
    const child = spawn('ping', ['-c', String(n), '--', host], { shell: false });
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('close', () => resolve(out));
    });
  }
}
