import { DataFlowsPage } from '@/features/recipients/components/flows/data-flows-page';
import { usePermission } from '@/features/session/hooks/use-permission';

export default function RecipientsFlowsRoute() {
  const canReadDisclosureStatistics = usePermission('disclosure_statistics_read');
  return <DataFlowsPage canReadDisclosureStatistics={canReadDisclosureStatistics} />;
}
