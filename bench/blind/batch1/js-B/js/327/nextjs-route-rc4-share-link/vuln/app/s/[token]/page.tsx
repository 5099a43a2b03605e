import { notFound } from 'next/navigation';
import { openShare } from '@/lib/share-token';
import { getDocument } from '@/lib/documents';
import DocumentView from '@/components/DocumentView';

export default async function SharedDocPage({ params }: { params: { token: string } }) {
  const share = openShare(params.token);
  if (!share) notFound();
  const doc = await getDocument(share.doc, share.owner);
  if (!doc) notFound();
  return <DocumentView doc={doc} readOnly={!share.edit} />;
}
