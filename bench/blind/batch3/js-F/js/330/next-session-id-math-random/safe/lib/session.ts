export function newSessionId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

export function shuffleTips<T>(tips: T[]): T[] {
  return [...tips].sort(() => Math.random() - 0.5);
}
