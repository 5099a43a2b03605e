import { Injectable } from '@nestjs/common';

const STEPS: Record<string, (v: number) => number> = {
  double: (v) => v * 2,
  square: (v) => v * v,
  negate: (v) => -v,
};

@Injectable()
export class MacroService {
  runStep(step: string, value: number): number {
    const fn = (0, eval)(`(v) => ${step}`); // cg-expect: CWE-94
    return Number(fn(value));
  }
}
