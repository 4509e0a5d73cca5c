import { NotPermitted } from '@/components/states/not-permitted';
import { RegisterComplaintPage } from '@/features/complaints/components/create/register-complaint-page';
import { usePermission } from '@/features/session/hooks/use-permission';

export default function RegisterComplaintRoute() {
  // Registering needs complaints_write and a person lookup (people_read); the server checks both.
  const mayWrite = usePermission('complaints_write');
  const mayFind = usePermission('people_read');
  return mayWrite && mayFind ? <RegisterComplaintPage /> : <NotPermitted />;
}
