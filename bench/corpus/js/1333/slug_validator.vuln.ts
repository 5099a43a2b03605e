export function isValidSlug(slug: string): boolean {
  const pattern = /^([a-z0-9]+-?)+$/;
  return slug.length <= 80 && pattern.test(slug);  // cg-expect: CWE-1333
}

export function createPage(body: { slug: string }) {
  if (!isValidSlug(body.slug)) throw new Error("invalid slug");
  return { slug: body.slug };
}
