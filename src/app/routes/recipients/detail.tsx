import { useParams } from 'react-router';
import { RecipientDetailPage } from '@/features/recipients/components/detail/recipient-detail-page';
import { usePermission } from '@/features/session/hooks/use-permission';

export default function RecipientsDetailRoute() {
  const { recipientId = '' } = useParams();
  const canWrite = usePermission('recipients_write');
  const canReadDisclosures = usePermission('disclosures_read');
  return <RecipientDetailPage key={recipientId} recipientId={recipientId} canWrite={canWrite} canReadDisclosures={canReadDisclosures} />;
}
