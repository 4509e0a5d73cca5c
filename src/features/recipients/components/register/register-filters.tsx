import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipFilter } from '@/components/list/chip-filter';
import { SearchAsYouType } from '@/components/list/search-field';
import type { RecipientListQuery } from '../../api/recipient-keys';
import { hasRegisterFilters } from '../../lib/register-search-params';
import { LEGAL_BASES, RECIPIENT_CATEGORIES, RECIPIENT_ROLES } from '../../lib/terms';

export interface RegisterFiltersProps {
  query: RecipientListQuery;
  onChange: (patch: Partial<RecipientListQuery>, options?: { replace?: boolean }) => void;
  onClear: () => void;
}

/** The register's filters; each change goes to the URL, which the list reads from. */
export function RegisterFilters({ query, onChange, onClear }: RegisterFiltersProps) {
  const { t } = useTranslation();
  // The search sends its own changes (a replace: each typed search is not a step back).
  const search = useCallback((q: string | undefined) => onChange({ q }, { replace: true }), [onChange]);

  return (
    <Stack component="section" aria-label={t('recipientRegister.filters.heading')} gap="sm" mb="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <SearchAsYouType value={query.q} onSearch={search} label={t('recipientRegister.filters.search')} description={t('recipientRegister.filters.searchDescription')} />
        <ChipFilter
          legend={t('recipientRegister.filters.role')}
          values={RECIPIENT_ROLES}
          selected={query.role}
          label={(value) => t(`recipientTerms.role.${value}`)}
          onChange={(next) => onChange({ role: next })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <ChipFilter
          legend={t('recipientRegister.filters.category')}
          values={RECIPIENT_CATEGORIES}
          selected={query.category}
          label={(value) => t(`recipientTerms.category.${value}`)}
          onChange={(next) => onChange({ category: next })}
        />
        <ChipFilter
          legend={t('recipientRegister.filters.legalBasis')}
          values={LEGAL_BASES}
          selected={query.legalBasis}
          label={(value) => t(`recipientTerms.legalBasis.${value}`)}
          onChange={(next) => onChange({ legalBasis: next })}
        />
      </SimpleGrid>
      <Group>
        <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} disabled={!hasRegisterFilters(query)} onClick={onClear}>
          {t('recipientRegister.filters.clearAll')}
        </Button>
      </Group>
    </Stack>
  );
}
