import { Button, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ChipFilter } from '@/components/list/chip-filter';
import { SearchForm } from '@/components/list/search-field';
import type { ComplaintListQuery } from '../../api/complaint-keys';
import { useAssignableStaff } from '../../api/complaint-queries';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_STATUSES, hasComplaintFilters } from '../../lib/complaint-search-params';


export interface ComplaintFiltersProps {
  query: ComplaintListQuery;
  onChange: (patch: Partial<ComplaintListQuery>) => void;
  onClear: () => void;
  canReadStaff: boolean;
}

/** The queue's filters; each change is written to the URL, which the list reads. */
export function ComplaintFilters({ query, onChange, onClear, canReadStaff }: ComplaintFiltersProps) {
  const { t } = useTranslation();
  const staff = useAssignableStaff(canReadStaff);
  const assignee = query.assignee?.[0] ?? '';
  const staffOptions = (staff.data ?? []).map((member) => ({ value: member.id, label: member.displayName }));

  return (
    <Stack component="section" aria-label={t('complaintQueue.filters.heading')} gap="sm" mb="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <SearchForm
          value={query.q}
          onChange={onChange}
          label={t('complaintQueue.filters.search')}
          description={t('complaintQueue.filters.searchDescription')}
          buttonLabel={t('complaintQueue.filters.searchButton')}
        />
        <NativeSelect
          label={t('complaintQueue.filters.assignee')}
          value={assignee}
          onChange={(event) => onChange({ assignee: event.currentTarget.value ? [event.currentTarget.value] : undefined })}
          data={[
            { value: '', label: t('complaintQueue.filters.assigneeAny') },
            { value: 'me', label: t('complaintQueue.filters.assigneeMe') },
            { value: 'none', label: t('complaintQueue.filters.assigneeNone') },
            ...staffOptions,
            ...(assignee && !['me', 'none'].includes(assignee) && !staffOptions.some((option) => option.value === assignee) ? [{ value: assignee, label: assignee }] : []),
          ]}
        />
        <NativeSelect
          label={t('complaintQueue.filters.escalated')}
          value={query.escalated === undefined ? '' : String(query.escalated)}
          onChange={(event) => onChange({ escalated: event.currentTarget.value === '' ? undefined : event.currentTarget.value === 'true' })}
          data={[
            { value: '', label: t('complaintQueue.filters.escalatedAny') },
            { value: 'true', label: t('complaintQueue.filters.escalatedYes') },
            { value: 'false', label: t('complaintQueue.filters.escalatedNo') },
          ]}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <ChipFilter legend={t('complaintQueue.filters.status')} values={COMPLAINT_STATUSES} selected={query.status} label={(value) => t(`complaintTerms.status.${value}`)} onChange={(status) => onChange({ status })} />
        <ChipFilter legend={t('complaintQueue.filters.category')} values={COMPLAINT_CATEGORIES} selected={query.category} label={(value) => t(`complaintTerms.category.${value}`)} onChange={(category) => onChange({ category })} />
        <ChipFilter legend={t('complaintQueue.filters.channel')} values={COMPLAINT_CHANNELS} selected={query.channel} label={(value) => t(`complaintTerms.channel.${value}`)} onChange={(channel) => onChange({ channel })} />
      </SimpleGrid>
      <Group>
        <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} disabled={!hasComplaintFilters(query)} onClick={onClear}>
          {t('complaintQueue.filters.clearAll')}
        </Button>
      </Group>
    </Stack>
  );
}
