import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconCircleDashed, IconGitMerge, IconMailForward } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { dsarKeys } from '../../api/dsar-keys';
import { useRecipientNotifications, useSaveRecipientNotifications, type RecipientChecklist } from '../../api/recipient-notifications';
import { changedRecipients, fromRows, noticeState, rowErrors, toRows, type ChecklistRow, type NoticeState } from '../../lib/recipient-checklist';
import { fieldErrorsOf, isGeneralError } from './form-errors';
import { QueryPanel } from './query-panel';
import { ServerError } from '@/components/states/server-error';
import { useViewer } from './viewer-context';

const STATE_ICONS: Record<NoticeState, ReactNode> = {
  not_sent: <IconCircleDashed size={16} aria-hidden />,
  awaiting_confirmation: <IconMailForward size={16} aria-hidden />,
  confirmed: <IconCircleCheck size={16} aria-hidden color="var(--mantine-color-teal-text)" />,
};

interface RecipientChecklistPanelProps {
  dsar: Schemas['Dsar'];
  onDraftChange: (key: string, dirty: boolean) => void;
}

/**
 * GDPR Art. 19: each recipient of the person's data is told about a rectification, erasure or
 * restriction. The list comes from the recipients register; the user records when each was told
 * and when it confirmed.
 */
export function RecipientChecklistPanel({ dsar, onDraftChange }: RecipientChecklistPanelProps) {
  const { t } = useTranslation();
  const query = useRecipientNotifications(dsar.id);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback(
    (next: boolean) => {
      setDirty(next);
      onDraftChange('recipients', next);
    },
    [onDraftChange],
  );
  useEffect(() => () => onDraftChange('recipients', false), [onDraftChange]);
  // A newer checklist (a colleague's save, a refetch) starts the form afresh only when nothing is
  // typed; with a draft the form keeps it, and a save answers 412 with what changed.
  const version = query.data?.data.version ?? 0;
  const [formVersion, setFormVersion] = useState(version);
  if (formVersion !== version && !dirty) setFormVersion(version);

  return (
    <QueryPanel
      id="dsar-recipients-title"
      title={t('dsarRecipients.title')}
      intro={t('dsarRecipients.intro')}
      query={query}
      loadingLabel={t('dsarRecipients.loading')}
      errorTitle={t('dsarRecipients.loadFailed')}
    >
      {({ data, etag }) =>
        data.items.length === 0 ? (
          <Text size="sm">{t('dsarRecipients.none')}</Text>
        ) : (
          <ChecklistForm key={formVersion} dsar={dsar} checklist={data} etag={etag} onDirtyChange={onDirtyChange} />
        )
      }
    </QueryPanel>
  );
}

interface ChecklistFormProps {
  dsar: Schemas['Dsar'];
  checklist: RecipientChecklist;
  etag: string;
  onDirtyChange: (dirty: boolean) => void;
}

function ChecklistForm({ dsar, checklist, etag, onDirtyChange }: ChecklistFormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const viewer = useViewer();
  const queryClient = useQueryClient();
  const save = useSaveRecipientNotifications(dsar.id);
  // Only whoever may work the request records notices (the server decides; this only shapes the form).
  const editable = viewer.can('dsars_work') && dsar.status !== 'rejected' && (dsar.allowedTransitions.length > 0 || dsar.status === 'completed');
  const form = useForm<{ items: ChecklistRow[] }>({
    initialValues: { items: toRows(checklist) },
    validate: {
      items: {
        confirmedOn: (value, values, path) => {
          const index = Number(path.split('.')[1]);
          const row = values.items[index];
          const problem = row ? rowErrors({ ...row, confirmedOn: value }).confirmedOn : undefined;
          return problem ? t(`dsarRecipients.errors.${problem}`) : null;
        },
      },
    },
  });
  const [basedOn, setBasedOn] = useState(checklist);
  const [conflictFrom, setConflictFrom] = useState<RecipientChecklist | null>(null);
  const [general, setGeneral] = useState<unknown>(null);
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const submit = form.onSubmit((values) => {
    setGeneral(null);
    const startedFrom = conflictFrom ? checklist : basedOn;
    save.mutate(
      { etag, items: fromRows(values.items) },
      {
        onSuccess: (next) => {
          setConflictFrom(null);
          setBasedOn(next.data);
          form.setInitialValues({ items: toRows(next.data) });
          form.setValues({ items: toRows(next.data) });
          notifications.show({ color: 'green', message: t('dsarRecipients.saved') });
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            // Keep what was typed; load the latest and say whose dates changed.
            setConflictFrom(startedFrom);
            void queryClient.invalidateQueries({ queryKey: dsarKeys.recipientNotifications(dsar.id), exact: true });
            return;
          }
          form.setErrors(fieldErrorsOf(error));
          if (isGeneralError(error)) setGeneral(error);
        },
      },
    );
  });

  const changed = conflictFrom ? changedRecipients(conflictFrom, checklist) : null;
  const sent = form.values.items.filter((row) => row.sentOn).length;
  const confirmed = form.values.items.filter((row) => row.confirmedOn).length;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="dsar-recipients-title">
      <Stack gap="sm">
        <Text fw={600} aria-live="polite">
          {t('dsarRecipients.progress', { sent, confirmed, total: form.values.items.length })}
        </Text>
        {changed ? (
          <Alert role="alert" color="grape" variant="light" icon={<IconGitMerge aria-hidden />} title={t('dsarDetail.conflict.title')}>
            <Stack gap="xs">
              <Text size="sm">{t('dsarDetail.conflict.body')}</Text>
              <Text size="sm" fw={600}>
                {changed.length > 0 ? t('dsarRecipients.conflictChanged', { names: changed.join(', ') }) : t('dsarDetail.conflict.nothingVisible')}
              </Text>
              <div>
                <Button size="xs" onClick={() => submit()} loading={save.isPending}>
                  {t('dsarDetail.conflict.reapply')}
                </Button>
              </div>
            </Stack>
          </Alert>
        ) : null}
        <ServerError error={general} title={t('dsarRecipients.saveFailed')} />
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('dsarRecipients.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dsarRecipients.recipient')}</Table.Th>
                <Table.Th>{t('dsarRecipients.sentOn')}</Table.Th>
                <Table.Th>{t('dsarRecipients.confirmedOn')}</Table.Th>
                <Table.Th>{t('dsarRecipients.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checklist.items.map((item, index) => {
                const row = form.values.items[index];
                const state = noticeState({ sentOn: row?.sentOn || null, confirmedOn: row?.confirmedOn || null });
                return (
                  <Table.Tr key={item.recipientId}>
                    <Table.Th scope="row" fw={500}>
                      <Text size="sm" fw={600}>
                        {item.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`dsarPersonData.basis.${item.basis}`)} · {item.dataCategories.map((category) => t(`dsarPersonData.category.${category}`)).join(', ')}
                      </Text>
                    </Table.Th>
                    {(['sentOn', 'confirmedOn'] as const).map((field) => (
                      <Table.Td key={field}>
                        {editable ? (
                          <TextInput type="date" size="xs" aria-label={t(`dsarRecipients.${field}For`, { name: item.name })} {...form.getInputProps(`items.${index}.${field}`)} />
                        ) : (
                          <Text size="sm">{item[field] ? format.date(item[field]) : '—'}</Text>
                        )}
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        {STATE_ICONS[state]}
                        <Text size="sm">{t(`dsarRecipients.states.${state}`)}</Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {editable ? (
          <Group gap="sm">
            <Button type="submit" loading={save.isPending} disabled={!dirty && !changed}>
              {t('dsarRecipients.save')}
            </Button>
            <Button variant="default" disabled={!dirty} onClick={() => form.reset()}>
              {t('dsarRecipients.undo')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
