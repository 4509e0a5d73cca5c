import { useTranslation } from 'react-i18next';
import { guardLabels, UnsavedChangesGuard } from '@/components/forms/unsaved-changes-guard';

/** While a draft of this complaint is unsaved, leaving asks first. */
export function LeaveGuard({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <UnsavedChangesGuard when={active} labels={guardLabels(t, 'complaintDetail.leave')} />;
}
