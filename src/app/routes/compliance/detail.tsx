import { useParams } from 'react-router';
import { CheckDetailPage } from '@/features/compliance/components/check-detail-page';
import { usePermission } from '@/features/session/hooks/use-permission';

export default function ComplianceDetailRoute() {
  const { checkId = '' } = useParams();
  const canWrite = usePermission('checks_write');
  // A new check is a new page: a draft result of the previous check must not carry over.
  return <CheckDetailPage key={checkId} checkId={checkId} canWrite={canWrite} />;
}
