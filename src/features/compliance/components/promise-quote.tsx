import { Blockquote, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';

/**
 * The policy's own words: the Dutch text is what the policy says (marked `lang="nl"` so a screen
 * reader pronounces it right), the English rendering follows it.
 */
export function PromiseQuote({ promise, compact = false }: { promise: Schemas['LocalizedText']; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Blockquote lang="nl" p={compact ? 'xs' : 'sm'} radius="sm" color="blue" styles={{ root: { fontSize: 'var(--mantine-font-size-sm)' } }}>
        “{promise.nl}”
      </Blockquote>
      <Text size="sm" lang="en">
        <Text span size="sm" fw={600}>
          {t('complianceTerms.englishRendering')}
        </Text>{' '}
        {promise.en}
      </Text>
    </Stack>
  );
}
