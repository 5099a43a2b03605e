type Dict = Record<string, any>;

export function applyDefaults(target: Dict, input: Dict): Dict {
  for (const key in input) {
    const v = input[key];
    if (v && typeof v === 'object') {
      target[key] = applyDefaults(target[key] ?? {}, v);
    } else {
      target[key] = v; // cg-expect: CWE-1321
    }
  }
  return target;
}
