'use server';

import { evaluateExpression } from '@/lib/calc';

export async function calculate(formData: FormData) {
  const expr = String(formData.get('expression') ?? '');
  return { result: evaluateExpression(expr) };
}
