export default function ExternalLink({ url, children }) {
  // website is whatever the user typed into their profile settings
  return (
    <a
      href={url} // cg-expect: CWE-79
      target="_blank"
      rel="noopener noreferrer"
    >
      {children}
    </a>
  );
}
