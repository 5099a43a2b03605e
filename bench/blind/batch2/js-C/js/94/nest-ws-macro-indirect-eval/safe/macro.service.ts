import { Injectable } from '@nestjs/common';

const STEPS: Record<string, (v: number) => number> = {
  double: (v) => v * 2,
  square: (v) => v * v,
  negate: (v) => -v,
};

@Injectable()
export class MacroService {
  runStep(step: string, value: number): number {
    const fn = Object.prototype.hasOwnProperty.call(STEPS, step) ? STEPS[step] : undefined;
    if (!fn) throw new Error('unknown step');
    return fn(value);
  }
}
