import { RegisterPage } from '@/features/recipients/components/register/register-page';
import { usePermission } from '@/features/session/hooks/use-permission';

// The app layer composes features: the session's permissions are read here and handed down.
export default function RecipientsListRoute() {
  const canWrite = usePermission('recipients_write');
  return <RegisterPage canWrite={canWrite} />;
}
