import { Select } from '@/components/forms/select';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { complianceKeys } from '../api/compliance-keys';
import { getActionWithEtag } from '../api/compliance-queries';
import { useUpdateAction } from '../api/compliance-mutations';
import { ACTION_STATUSES } from '../lib/compliance-search-params';

type Action = Schemas['RemediationAction'];

/**
 * The privacy officer moves an action along (open, in progress, done). The change is sent with
 * the ETag of the version on screen; if a colleague changed the action since, the server refuses
 * (412) and the row is reloaded instead of overwriting their change.
 */
export function ActionStatusControl({ action, label }: { action: Action; label: string }) {
  const { t } = useTranslation();
  const update = useUpdateAction();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: complianceKeys.all });
  const change = async (status: Schemas['RemediationStatus']) => {
    try {
      const fresh = await getActionWithEtag(action.id);
      // The list showed an older version: the same stale-write rule as a 412.
      if (fresh.data.version !== action.version) {
        notifications.show({ color: 'orange', title: t('complianceChecks.actions.conflictTitle'), message: t('complianceChecks.actions.conflict') });
        await reload();
        return;
      }
      await update.mutateAsync({ actionId: action.id, etag: fresh.etag, body: { status } });
      notifications.show({ color: 'teal', message: t('complianceChecks.actions.saved', { status: t(`complianceTerms.actionStatus.${status}`) }) });
    } catch (error) {
      const conflict = isApiError(error) && error.status === 412;
      if (conflict) void reload();
      notifications.show({
        color: conflict ? 'orange' : 'red',
        title: conflict ? t('complianceChecks.actions.conflictTitle') : t('complianceChecks.actions.failedTitle'),
        message: conflict ? t('complianceChecks.actions.conflict') : error instanceof Error ? error.message : String(error),
      });
    }
  };
  return (
    <Select
      size="xs"
      w={150}
      aria-label={label}
      value={action.status}
      allowDeselect={false}
      disabled={update.isPending}
      data={ACTION_STATUSES.map((status) => ({ value: status, label: t(`complianceTerms.actionStatus.${status}`) }))}
      onChange={(value) => {
        if (value && value !== action.status) void change(value);
      }}
    />
  );
}
