import { useTranslation } from 'react-i18next';
import { NotPermitted } from '@/components/states/not-permitted';
import { RecipientCreatePage } from '@/features/recipients/components/form/recipient-form-pages';
import { useSession } from '@/features/session/api/get-session';
import { hasPermission } from '@/features/session/lib/permissions';

// Reading the register is the area's permission; adding to it needs `recipients_write` as well.
export default function RecipientsCreateRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!hasPermission(session, 'recipients_write')) return <NotPermitted roleLabel={session ? t(`session.roles.${session.user.role}`) : undefined} />;
  return <RecipientCreatePage />;
}
