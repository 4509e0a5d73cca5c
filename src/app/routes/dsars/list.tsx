import { DsarQueuePage } from '@/features/dsars/components/queue/dsar-queue-page';
import { useSession } from '@/features/session/api/get-session';
import { usePermission } from '@/features/session/hooks/use-permission';

// The app layer composes features: the session's permissions are read here and handed down.
export default function DsarsListRoute() {
  const seesAll = usePermission('dsars_manage');
  const canReadStaff = usePermission('staff_read');
  const canWork = usePermission('dsars_work');
  const { data: session } = useSession();
  return <DsarQueuePage seesAll={seesAll} canReadStaff={canReadStaff} canWork={canWork} me={session?.user ?? null} />;
}
