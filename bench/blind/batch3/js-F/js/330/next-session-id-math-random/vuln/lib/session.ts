export function newSessionId(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join(''); // cg-expect: CWE-330
}

export function shuffleTips<T>(tips: T[]): T[] {
  return [...tips].sort(() => Math.random() - 0.5);
}
