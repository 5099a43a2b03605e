import { Injectable } from '@nestjs/common';

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

@Injectable()
export class ConfigStoreService {
  private data: Record<string, any> = { mail: { from: 'noreply@example.com' }, features: {} };

  setPath(path: string, value: unknown): void {
    const parts = path.split('.');
    if (parts.some((p) => FORBIDDEN.has(p))) return;
    let node: any = this.data;
    for (const part of parts.slice(0, -1)) {
      if (!Object.prototype.hasOwnProperty.call(node, part) || typeof node[part] !== 'object' || node[part] === null) node[part] = {};
      node = node[part];
    }
    node[parts[parts.length - 1]] = value; 
  }

  snapshot() {
    return JSON.parse(JSON.stringify(this.data));
  }
}
