import { BadRequestException, Injectable } from '@nestjs/common';
import { spawn } from 'child_process';

@Injectable()
export class BackupService {
  private readonly dataDir = '/var/lib/app/data';

  private checkLabel(label: string): string {
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(label)) {
      throw new BadRequestException('invalid label');
    }
    return label;
  }

  archive(label: string): Promise<string> {
    const clean = this.checkLabel(label);
    const file = `/var/backups/${clean}.tar.gz`;
    return new Promise((resolve, reject) => {
      const child = spawn('tar', ['-czf', file, this.dataDir], { shell: false });
      child.on('exit', (code) => (code === 0 ? resolve(file) : reject(new Error(`tar exited ${code}`))));
    });
  }
}
