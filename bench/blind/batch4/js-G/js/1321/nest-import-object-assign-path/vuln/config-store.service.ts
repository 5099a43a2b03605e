import { Injectable } from '@nestjs/common';

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

@Injectable()
export class ConfigStoreService {
  private data: Record<string, any> = { mail: { from: 'noreply@example.com' }, features: {} };

  setPath(path: string, value: unknown): void {
    const parts = path.split('.');
    let node: any = this.data;
    for (const part of parts.slice(0, -1)) {
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
      node = node[part];
    }
    node[parts[parts.length - 1]] = value; // cg-expect: CWE-1321
  }

  snapshot() {
    return JSON.parse(JSON.stringify(this.data));
  }
}
