import { NativeSelect, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from './viewer-context';
import type { Schemas } from '@/api/types';
import { useUpdateDsar } from '../../api/dsar-mutations';
import { useStaff } from '../../api/list-staff';
import { isOpen } from '../../lib/dsar-changes';
import { ConflictNotice } from './conflict-notice';
import { ServerError } from '@/components/states/server-error';
import { useConflict } from './use-conflict';

const UNASSIGNED = 'none';

interface AssigneeControlProps {
  dsar: Schemas['Dsar'];
  etag: string;
}

/** Me, a colleague or nobody; saved at once with If-Match, kept and re-appliable after a 412. */
export function AssigneeControl({ dsar, etag }: AssigneeControlProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const canWork = viewer.can('dsars_work');
  const staff = useStaff(viewer.can('staff_read'));
  const update = useUpdateDsar(dsar.id);
  const conflict = useConflict(dsar);
  const [wanted, setWanted] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const me = viewer.user;
  const current = dsar.assignee?.id ?? UNASSIGNED;

  const options = new Map<string, string>();
  if (me) options.set(me.id, t('dsarDetail.assignee.me', { name: me.displayName }));
  for (const member of staff.data?.items ?? []) {
    if (!options.has(member.id) && member.role !== 'management') options.set(member.id, member.displayName);
  }
  if (dsar.assignee && !options.has(dsar.assignee.id)) options.set(dsar.assignee.id, dsar.assignee.displayName);
  options.set(UNASSIGNED, t('dsarDetail.assignee.unassigned'));

  const save = (value: string, basedOn: Schemas['Dsar']) => {
    setWanted(value);
    setFailure(null);
    update.mutate(
      { etag, body: { assigneeId: value === UNASSIGNED ? null : value } },
      {
        onSuccess: () => {
          conflict.clear();
          setWanted(null);
          notifications.show({ color: 'green', message: t('dsarDetail.assignee.saved') });
        },
        onError: (error) => {
          if (!conflict.handle(error, basedOn)) setFailure(error);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dsar-assignee-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dsar-assignee-title">
          {t('dsarDetail.assignee.title')}
        </Title>
        <NativeSelect
          label={t('dsarDetail.assignee.label')}
          value={wanted ?? current}
          disabled={!canWork || !isOpen(dsar) || update.isPending}
          onChange={(event) => save(event.currentTarget.value, dsar)}
          data={[...options].map(([value, label]) => ({ value, label }))}
        />
        {conflict.fields && wanted !== null ? (
          <ConflictNotice fields={conflict.fields} onReapply={() => save(wanted, dsar)} pending={update.isPending} />
        ) : null}
        <ServerError error={failure} title={t('dsarDetail.assignee.failed')} />
      </Stack>
    </Paper>
  );
}
