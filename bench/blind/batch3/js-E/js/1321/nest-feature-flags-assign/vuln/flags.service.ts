import { Injectable } from '@nestjs/common';

type Tree = Record<string, any>;

function mergeInto(dst: Tree, src: Tree): Tree {
  for (const [k, v] of Object.entries(src)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (typeof dst[k] !== 'object' || dst[k] === null) dst[k] = {};
      mergeInto(dst[k], v);
    } else {
      dst[k] = v; // cg-expect: CWE-1321
    }
  }
  return dst;
}

@Injectable()
export class FlagsService {
  private readonly flags: Tree = { checkout: { newFlow: false }, search: { fuzzy: true } };

  snapshot(): Tree {
    return structuredClone(this.flags);
  }

  apply(patch: Tree): Tree {
    mergeInto(this.flags, patch);
    return this.snapshot();
  }
}
