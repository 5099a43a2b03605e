import type { GetServerSideProps } from 'next';
import { searchDocs, DocHit } from '../lib/search';
import { highlight } from '../lib/highlight';

interface Props {
  term: string;
  hits: DocHit[];
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  const term = typeof query.term === 'string' ? query.term : '';
  return { props: { term, hits: term ? await searchDocs(term) : [] } };
};

export default function SearchPage({ term, hits }: Props) {
  return (
    <main>
      <p
        className="summary"
        dangerouslySetInnerHTML={{ __html: highlight(`${hits.length} results for ${term}`, term) }} 
      />
      <ul>
        {hits.map((h) => (
          <li key={h.id}>{h.title}</li>
        ))}
      </ul>
    </main>
  );
}
