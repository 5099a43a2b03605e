// "Team photo 2024.png", "logo_final-v2.jpg": words separated by single space, _ or -
const IMAGE_NAME = /^([a-zA-Z0-9]+[ _-]?)*\.(png|jpe?g|webp)$/i;

export function acceptImageName(originalName: string): boolean {
  return IMAGE_NAME.test(originalName); // cg-expect: CWE-1333
}

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
