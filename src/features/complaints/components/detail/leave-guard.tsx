import { useTranslation } from 'react-i18next';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';

/** While a draft of this complaint is unsaved, leaving asks first. */
export function LeaveGuard({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <UnsavedChangesGuard
      active={active}
      title={t('complaintDetail.leave.title')}
      body={t('complaintDetail.leave.body')}
      stayLabel={t('complaintDetail.leave.stay')}
      leaveLabel={t('complaintDetail.leave.leave')}
    />
  );
}
