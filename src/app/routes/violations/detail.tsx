import { useParams } from 'react-router';
import { ViolationDetailPage } from '@/features/violations/components/detail/violation-detail-page';
import { usePermission } from '@/features/session/hooks/use-permission';

export default function ViolationDetailRoute() {
  const { violationId = '' } = useParams();
  const canWrite = usePermission('violations_write');
  return <ViolationDetailPage key={violationId} violationId={violationId} canWrite={canWrite} />;
}
