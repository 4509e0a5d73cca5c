import { useParams } from 'react-router';
import { DsarDetailPage } from '@/features/dsars/components/detail/dsar-detail-page';
import { DsarViewerContext } from '@/features/dsars/components/detail/viewer-context';
import { useSession } from '@/features/session/api/get-session';

export default function DsarsDetailRoute() {
  const { dsarId = '' } = useParams();
  const { data: session } = useSession();
  return (
    <DsarViewerContext.Provider value={{ user: session?.user ?? null, permissions: session?.permissions ?? [] }}>
      {/* A new id is a new page: drafts and open forms of the previous request must not carry over. */}
      <DsarDetailPage key={dsarId} dsarId={dsarId} />
    </DsarViewerContext.Provider>
  );
}
