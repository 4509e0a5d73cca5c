import { DisclosuresPage } from '@/features/recipients/components/disclosures/disclosures-page';
import { usePermission } from '@/features/session/hooks/use-permission';

// The area needs `disclosures_read` (router and navigation); recording needs `disclosures_write`.
export default function DisclosuresRoute() {
  const canRecord = usePermission('disclosures_write');
  return <DisclosuresPage canRecord={canRecord} />;
}
