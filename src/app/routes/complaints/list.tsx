import { ComplaintQueuePage } from '@/features/complaints/components/queue/complaint-queue-page';
import { usePermission } from '@/features/session/hooks/use-permission';

export default function ComplaintsListRoute() {
  // Privacy officers hold violations_read; support staff see their own and unassigned complaints.
  const seesAll = usePermission('violations_read');
  const canReadStaff = usePermission('staff_read');
  const canWrite = usePermission('complaints_write');
  const canFindPeople = usePermission('people_read');
  return <ComplaintQueuePage seesAll={seesAll} canReadStaff={canReadStaff} canRegister={canWrite && canFindPeople} />;
}
