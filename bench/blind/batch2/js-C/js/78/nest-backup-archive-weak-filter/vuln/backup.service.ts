import { BadRequestException, Injectable } from '@nestjs/common';
import { spawn } from 'child_process';

@Injectable()
export class BackupService {
  private readonly dataDir = '/var/lib/app/data';

  private checkLabel(label: string): string {
    if (/[;&|`]/.test(label)) {
      throw new BadRequestException('invalid label');
    }
    return label;
  }

  archive(label: string): Promise<string> {
    const clean = this.checkLabel(label);
    const file = `/var/backups/${clean}.tar.gz`;
    return new Promise((resolve, reject) => {
      const child = spawn(`tar -czf ${file} ${this.dataDir}`, { shell: true }); // cg-expect: CWE-78
      child.on('exit', (code) => (code === 0 ? resolve(file) : reject(new Error(`tar exited ${code}`))));
    });
  }
}
