import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipFilter } from '@/components/list/chip-filter';
import { SearchAsYouType } from '@/components/list/search-field';
import type { DsarListQuery } from '../../api/dsar-keys';
import { useStaff } from '../../api/list-staff';
import { DSAR_CHANNELS, DSAR_PLANS, DSAR_STATUSES, DSAR_TYPES, hasFilters } from '../../lib/queue-search-params';

export interface QueueFiltersProps {
  query: DsarListQuery;
  onChange: (patch: Partial<DsarListQuery>, options?: { replace?: boolean }) => void;
  onClear: () => void;
  /** Whether the staff list may be read (`staff_read`); without it the assignee filter offers me / unassigned. */
  canReadStaff: boolean;
}

/** Every filter of the queue; each change goes to the URL, which the list reads from. */
export const QueueFilters = memo(function QueueFilters({ query, onChange, onClear, canReadStaff }: QueueFiltersProps) {
  const { t } = useTranslation();
  const staff = useStaff(canReadStaff);

  // The search sends its own changes (a replace: each typed search is not a step back).
  const search = useCallback((q: string | undefined) => onChange({ q }, { replace: true }), [onChange]);

  const assignee = query.assignee?.[0] ?? '';
  const staffOptions = (staff.data?.items ?? []).map((member) => ({ value: member.id, label: member.displayName }));

  return (
    <Stack component="section" aria-label={t('dsarQueue.filters.heading')} gap="sm" mb="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <SearchAsYouType value={query.q} onSearch={search} label={t('dsarQueue.filters.search')} description={t('dsarQueue.filters.searchDescription')} />
        <NativeSelect
          label={t('dsarQueue.filters.assignee')}
          value={assignee}
          onChange={(event) => onChange({ assignee: event.currentTarget.value ? [event.currentTarget.value] : undefined })}
          data={[
            { value: '', label: t('dsarQueue.filters.assigneeAny') },
            { value: 'me', label: t('dsarQueue.filters.assigneeMe') },
            { value: 'none', label: t('dsarQueue.filters.assigneeNone') },
            ...staffOptions,
            // A staff id from a shared link stays selectable while (or when) the staff list is unknown.
            ...(assignee && !['me', 'none'].includes(assignee) && !staffOptions.some((option) => option.value === assignee)
              ? [{ value: assignee, label: assignee }]
              : []),
          ]}
        />
        <TextInput
          type="date"
          label={t('dsarQueue.filters.receivedFrom')}
          value={query.receivedFrom ?? ''}
          max={query.receivedTo}
          onChange={(event) => onChange({ receivedFrom: event.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label={t('dsarQueue.filters.receivedTo')}
          value={query.receivedTo ?? ''}
          min={query.receivedFrom}
          onChange={(event) => onChange({ receivedTo: event.currentTarget.value || undefined })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <ChipFilter
          legend={t('dsarQueue.filters.status')}
          values={DSAR_STATUSES}
          selected={query.status}
          label={(value) => t(`dsarTerms.status.${value}`)}
          onChange={(next) => onChange({ status: next })}
        />
        <ChipFilter
          legend={t('dsarQueue.filters.type')}
          values={DSAR_TYPES}
          selected={query.type}
          label={(value) => t(`dsarTerms.type.${value}`)}
          onChange={(next) => onChange({ type: next })}
        />
        <ChipFilter
          legend={t('dsarQueue.filters.channel')}
          values={DSAR_CHANNELS}
          selected={query.channel}
          label={(value) => t(`dsarTerms.channel.${value}`)}
          onChange={(next) => onChange({ channel: next })}
        />
        <ChipFilter
          legend={t('dsarQueue.filters.plan')}
          values={DSAR_PLANS}
          selected={query.plan}
          label={(value) => t(`dsarTerms.plan.${value}`)}
          onChange={(next) => onChange({ plan: next })}
        />
      </SimpleGrid>
      <Group>
        <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} disabled={!hasFilters(query)} onClick={onClear}>
          {t('dsarQueue.filters.clearAll')}
        </Button>
      </Group>
    </Stack>
  );
});
