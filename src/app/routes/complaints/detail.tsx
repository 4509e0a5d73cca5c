import { useParams } from 'react-router';
import { ComplaintDetailPage } from '@/features/complaints/components/detail/complaint-detail-page';
import { useSession } from '@/features/session/api/get-session';

export default function ComplaintsDetailRoute() {
  const { complaintId = '' } = useParams();
  const { data: session } = useSession();
  const viewer = { userId: session?.user.id ?? null, displayName: session?.user.displayName ?? null, permissions: session?.permissions ?? [] };
  // A new id is a new page: drafts of the previous complaint must not carry over.
  return <ComplaintDetailPage key={complaintId} complaintId={complaintId} viewer={viewer} />;
}
