import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotPermitted } from '@/components/states/not-permitted';
import { RecipientEditPage } from '@/features/recipients/components/form/recipient-form-pages';
import { useSession } from '@/features/session/api/get-session';
import { hasPermission } from '@/features/session/lib/permissions';

// Reading the register is the area's permission; editing it needs `recipients_write` as well.
export default function RecipientsEditRoute() {
  const { t } = useTranslation();
  const { recipientId = '' } = useParams();
  const { data: session } = useSession();
  if (!hasPermission(session, 'recipients_write')) return <NotPermitted roleLabel={session ? t(`session.roles.${session.user.role}`) : undefined} />;
  // A new id is a new form: a draft of another recipient must not carry over.
  return <RecipientEditPage key={recipientId} recipientId={recipientId} />;
}
