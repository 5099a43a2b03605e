export class BookmarkValidator {
  private readonly schemes = new Set(['http:', 'https:']);

  isUrl(value: string): boolean {
    if (value.length > 2048) return false;
    try {
      const u = new URL(value);
      return this.schemes.has(u.protocol) && u.hostname.includes('.');
    } catch {
      return false;
    }
  }
}
