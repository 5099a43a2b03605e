export class BookmarkValidator {
  private readonly re = /^(https?:\/\/)?([\da-z.-]+)\.([a-z.]{2,6})([\/\w .-]*)*\/?$/;

  isUrl(value: string): boolean {
    return this.re.test(value); // cg-expect: CWE-1333
  }
}
