// "Team photo 2024.png", "logo_final-v2.jpg": letters, digits, space, _ or -
const IMAGE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9 _-]{0,99}\.(png|jpe?g|webp)$/i;

export function acceptImageName(originalName: string): boolean {
  return originalName.length <= 110 && IMAGE_NAME.test(originalName);
}

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
