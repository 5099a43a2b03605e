import { Injectable } from '@nestjs/common';
import * as path from 'path';

@Injectable()
export class ReportsService {
  private readonly dir = '/var/app/reports';

  locate(file: string): { dir: string; name: string } {
    return { dir: this.dir, name: String(file) };
  }
}
