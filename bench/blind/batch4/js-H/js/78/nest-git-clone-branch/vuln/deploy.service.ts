import { BadRequestException, Injectable } from '@nestjs/common';
import { execSync, execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const REPOS: Record<string, string> = { web: 'git@github.com:acme/web.git', api: 'git@github.com:acme/api.git' };

@Injectable()
export class DeployService {
  async checkout(repo: string, branch: string): Promise<string> {
    const url = REPOS[repo];
    if (!url) throw new BadRequestException('unknown repo');
    const dir = mkdtempSync(join(tmpdir(), 'preview-'));
    execSync(`git clone --depth 1 --branch ${branch} ${url} ${dir}`, { stdio: 'ignore' }); // cg-expect: CWE-78
    return dir;
  }
}
