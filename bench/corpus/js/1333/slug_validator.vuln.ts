export function isValidSlug(slug: string): boolean {
  const pattern = /^([a-z0-9]+-?)+$/;  // cg-expect: CWE-1333
  return slug.length <= 80 && pattern.test(slug);
}

export function createPage(body: { slug: string }) {
  if (!isValidSlug(body.slug)) throw new Error("invalid slug");
  return { slug: body.slug };
}
