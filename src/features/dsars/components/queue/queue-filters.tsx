import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipFilter } from '@/components/list/chip-filter';
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

const SEARCH_DEBOUNCE_MS = 300;

/** Every filter of the queue; each change goes to the URL, which the list reads from. */
export const QueueFilters = memo(function QueueFilters({ query, onChange, onClear, canReadStaff }: QueueFiltersProps) {
  const { t } = useTranslation();
  const staff = useStaff(canReadStaff);

  const [text, setText] = useState(query.q ?? '');
  // Searches sent to the URL that have not come back from it yet. The router commits URL changes
  // in a transition, so on a slow device an older search can land while the person is still
  // typing; recognising it as ours keeps it from overwriting what they typed since.
  const [sent, setSent] = useState<string[]>([]);
  const urlQ = query.q ?? '';
  const sendSearch = useDebouncedCallback((value: string) => {
    const next = value.trim();
    if (next === (sent.at(-1) ?? urlQ)) return;
    setSent((current) => [...current, next]);
    onChange({ q: next || undefined }, { replace: true });
  }, SEARCH_DEBOUNCE_MS);
  // The URL wins when it changes from outside (clear all, back button, a shared link); adjusted
  // while rendering, so the field never shows a stale value.
  const [seenUrlQ, setSeenUrlQ] = useState(urlQ);
  if (seenUrlQ !== urlQ) {
    setSeenUrlQ(urlQ);
    const ours = sent.indexOf(urlQ);
    if (ours >= 0) {
      setSent(sent.slice(ours + 1));
    } else {
      // A search still waiting to be sent would undo the outside change.
      sendSearch.cancel();
      setSent([]);
      setText(urlQ);
    }
  }

  const assignee = query.assignee?.[0] ?? '';
  const staffOptions = (staff.data?.items ?? []).map((member) => ({ value: member.id, label: member.displayName }));

  return (
    <Stack component="section" aria-label={t('dsarQueue.filters.heading')} gap="sm" mb="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput
          type="search"
          label={t('dsarQueue.filters.search')}
          description={t('dsarQueue.filters.searchDescription')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          maxLength={100}
          onChange={(event) => {
            setText(event.currentTarget.value);
            sendSearch(event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') sendSearch.flush();
          }}
        />
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
