import { LegalDocument } from '../../components/LegalDocument';

export const dynamic = 'force-dynamic';

// /legal?doc=privacy, /legal?doc=terms, /legal?doc=cookies
export default async function LegalPage({ searchParams }) {
  const { doc = 'terms', lang = 'en' } = await searchParams;
  return (
    <main className="legal">
      <LegalDocument name={doc} lang={lang} />
    </main>
  );
}
