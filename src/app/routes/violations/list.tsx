import { ViolationsListPage } from '@/features/violations/components/list/violations-list-page';
import { usePermission } from '@/features/session/hooks/use-permission';

// The router only renders this for violations_read (privacy officer); others get "not permitted"
// before any record is asked for.
export default function ViolationsRoute() {
  return <ViolationsListPage canWrite={usePermission('violations_write')} />;
}
