import { useTranslation } from 'react-i18next';
import { UnsavedChangesGuard as SharedGuard } from '@/components/forms/unsaved-changes-guard';

/** Asks before leaving the request (in-app navigation or closing the tab) while a draft is unsaved. */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  return (
    <SharedGuard
      when={when}
      labels={{ title: t('dsarDetail.unsaved.title'), body: t('dsarDetail.unsaved.body'), stay: t('dsarDetail.unsaved.stay'), leave: t('dsarDetail.unsaved.leave') }}
    />
  );
}
