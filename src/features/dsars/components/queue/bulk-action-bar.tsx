import { Alert, Button, Group, List, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconUserPlus, IconArrowRight, IconX } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { useBulkDsarAction } from '../../api/bulk-dsars';
import { useStaff } from '../../api/list-staff';
import { ServerError } from '@/components/states/server-error';

/** A request the user ticked, with the version they saw (the server refuses it as stale if it changed). */
export interface SelectedDsar {
  version: number;
  reference: string;
}

/** Moves that need nothing per request; the others (evidence, dates, grounds) are made on the request's page. */
export const BULK_TARGETS = ['identity_verification', 'completed'] as const satisfies readonly NonNullable<Schemas['DsarBulkActionRequest']['to']>[];

const NOBODY = 'none';

export interface BulkActionBarProps {
  selected: ReadonlyMap<string, SelectedDsar>;
  /** `dsars_manage`: may assign colleagues. Support may only take requests or hand their own back. */
  seesAll: boolean;
  canReadStaff: boolean;
  me: Schemas['User'] | null;
  onClear: () => void;
  /** After an action: the requests that were done leave the selection, refused ones stay with their new version. */
  onResult: (result: Schemas['DsarBulkActionResult']) => void;
}

/** Assign or move every ticked request at once, then say exactly what was done and what was refused, and why. */
export const BulkActionBar = memo(function BulkActionBar({ selected, seesAll, canReadStaff, me, onClear, onResult }: BulkActionBarProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const staff = useStaff(canReadStaff && seesAll);
  const action = useBulkDsarAction();
  const [assignee, setAssignee] = useState(me?.id ?? NOBODY);
  const [target, setTarget] = useState<(typeof BULK_TARGETS)[number]>(BULK_TARGETS[0]);
  const [result, setResult] = useState<Schemas['DsarBulkActionResult'] | null>(null);
  const count = selected.size;

  const assignees = new Map<string, string>();
  if (me) assignees.set(me.id, t('dsarQueueActions.assignMe', { name: me.displayName }));
  for (const member of staff.data?.items ?? []) {
    if (seesAll && !assignees.has(member.id) && member.role !== 'management') assignees.set(member.id, member.displayName);
  }
  assignees.set(NOBODY, seesAll ? t('dsarQueueActions.assignNobody') : t('dsarQueueActions.handBack'));

  const run = (body: Omit<Schemas['DsarBulkActionRequest'], 'items'>) => {
    setResult(null);
    const items = [...selected].map(([id, { version }]) => ({ id, version }));
    action.mutate(
      { ...body, items },
      {
        onSuccess: (answer) => {
          setResult(answer);
          onResult(answer);
        },
      },
    );
  };

  if (count === 0 && !result && !action.error) return null;

  return (
    <Paper withBorder p="sm" radius="md" mb="md" component="section" aria-label={t('dsarQueueActions.regionLabel')}>
      <Stack gap="sm">
        {count > 0 ? (
          <Group gap="md" align="flex-end" wrap="wrap">
            <Stack gap={2} align="flex-start">
              <Text fw={700} aria-live="polite">
                {t('dsarQueueActions.selected', { count, formatted: number(count) })}
              </Text>
              <Button variant="subtle" size="compact-sm" leftSection={<IconX size={14} aria-hidden />} onClick={onClear}>
                {t('dsarQueueActions.clear')}
              </Button>
            </Stack>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <NativeSelect
                w={240}
                label={t('dsarQueueActions.assignLabel')}
                value={assignee}
                onChange={(event) => setAssignee(event.currentTarget.value)}
                data={[...assignees].map(([value, label]) => ({ value, label }))}
              />
              <Button
                leftSection={<IconUserPlus size={16} aria-hidden />}
                loading={action.isPending && action.variables.action === 'assign'}
                disabled={action.isPending}
                onClick={() => run({ action: 'assign', assigneeId: assignee === NOBODY ? null : assignee })}
              >
                {t('dsarQueueActions.assign', { count })}
              </Button>
            </Group>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <NativeSelect
                w={240}
                label={t('dsarQueueActions.moveLabel')}
                value={target}
                onChange={(event) => setTarget(event.currentTarget.value as (typeof BULK_TARGETS)[number])}
                data={BULK_TARGETS.map((value) => ({ value, label: t(`dsarTerms.status.${value}`) }))}
              />
              <Button
                variant="default"
                leftSection={<IconArrowRight size={16} aria-hidden />}
                loading={action.isPending && action.variables.action === 'transition'}
                disabled={action.isPending}
                onClick={() => run({ action: 'transition', to: target })}
              >
                {t('dsarQueueActions.move', { count })}
              </Button>
            </Group>
          </Group>
        ) : null}
        {count > 0 ? (
          <Text size="xs" c="dimmed">
            {t('dsarQueueActions.moveHint')}
          </Text>
        ) : null}
        <ServerError error={action.error} title={t('dsarQueueActions.failed')} />
        {result ? <BulkResult result={result} /> : null}
      </Stack>
    </Paper>
  );
});

/** "12 assigned, 2 refused", then each refusal with its reference and reason in words. */
function BulkResult({ result }: { result: Schemas['DsarBulkActionResult'] }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const refused = result.results.filter((entry) => entry.outcome === 'refused');
  const verb = result.action === 'assign' ? 'assigned' : 'moved';
  const title = [
    t(`dsarQueueActions.result.${verb}`, { count: result.done, formatted: number(result.done) }),
    ...(result.refused > 0 ? [t('dsarQueueActions.result.refused', { count: result.refused, formatted: number(result.refused) })] : []),
  ].join(', ');
  return (
    <Alert
      role="status"
      color={result.refused > 0 ? 'orange' : 'green'}
      variant="light"
      icon={result.refused > 0 ? <IconAlertCircle aria-hidden /> : <IconCircleCheck aria-hidden />}
      title={title}
      // The light variant's coloured title is below 4.5:1 on its tint; the icon carries the colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      {refused.length > 0 ? (
        <>
          <Text size="sm">{t('dsarQueueActions.result.refusedStay')}</Text>
          <List size="sm" mt={4}>
            {refused.map((entry) => (
              <List.Item key={entry.id}>
                <Text span ff="monospace" size="sm">
                  {entry.reference ?? entry.id}
                </Text>
                {': '}
                {t(`dsarQueueActions.refusal.${entry.refusal ?? 'not_found'}`)}
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Alert>
  );
}
