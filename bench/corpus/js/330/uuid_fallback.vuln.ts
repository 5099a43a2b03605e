export function requestToken(): string {
  const bytes: number[] = [];
  for (let i = 0; i < 16; i++) {
    bytes.push(Math.floor(Math.random() * 256));  // cg-expect: CWE-330
  }
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
}
