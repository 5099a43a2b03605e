import { Injectable } from '@nestjs/common';
import { spawn } from 'child_process';
import * as path from 'path';

@Injectable()
export class ThumbnailService {
  make(srcPath: string, originalName: string): Promise<string> {
    const base = path.basename(originalName).replace(/[^A-Za-z0-9._-]/g, '_');
    const out = path.join('/var/app/thumbs', `thumb-${base}`);
    return new Promise((resolve, reject) => {
      const child = spawn('convert', [srcPath, '-resize', '200x200', out], { shell: false });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`convert exited ${code}`))));
    });
  }
}
