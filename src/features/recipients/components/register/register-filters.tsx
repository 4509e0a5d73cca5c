import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipFilter } from '@/components/list/chip-filter';
import type { RecipientListQuery } from '../../api/recipient-keys';
import { hasRegisterFilters } from '../../lib/register-search-params';
import { LEGAL_BASES, RECIPIENT_CATEGORIES, RECIPIENT_ROLES } from '../../lib/terms';

export interface RegisterFiltersProps {
  query: RecipientListQuery;
  onChange: (patch: Partial<RecipientListQuery>, options?: { replace?: boolean }) => void;
  onClear: () => void;
}

const SEARCH_DEBOUNCE_MS = 300;

/** The register's filters; each change goes to the URL, which the list reads from. */
export function RegisterFilters({ query, onChange, onClear }: RegisterFiltersProps) {
  const { t } = useTranslation();
  const urlQ = query.q ?? '';
  const [text, setText] = useState(urlQ);
  // Searches sent to the URL that have not come back from it yet: the router commits URL changes
  // in a transition, so an older search can land while the person is still typing; recognising
  // it as ours keeps it from overwriting what they typed since.
  const [sent, setSent] = useState<string[]>([]);
  const sendSearch = useDebouncedCallback((value: string) => {
    const next = value.trim();
    if (next === (sent.at(-1) ?? urlQ)) return;
    setSent((current) => [...current, next]);
    onChange({ q: next || undefined }, { replace: true });
  }, SEARCH_DEBOUNCE_MS);
  // The URL wins when it changes from outside (clear all, back button, a shared link).
  const [seenUrlQ, setSeenUrlQ] = useState(urlQ);
  if (seenUrlQ !== urlQ) {
    setSeenUrlQ(urlQ);
    const ours = sent.indexOf(urlQ);
    if (ours >= 0) {
      setSent(sent.slice(ours + 1));
    } else {
      sendSearch.cancel();
      setSent([]);
      setText(urlQ);
    }
  }

  return (
    <Stack component="section" aria-label={t('recipientRegister.filters.heading')} gap="sm" mb="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <TextInput
          type="search"
          label={t('recipientRegister.filters.search')}
          description={t('recipientRegister.filters.searchDescription')}
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
