import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { RECIPIENT_WARNINGS } from '../../lib/terms';
import classes from './warning-counts.module.css';

type Warning = Schemas['RecipientWarning'];

export interface WarningCountsProps {
  counts: Schemas['WarningCounts'];
  selected: readonly Warning[];
  onToggle: (warning: Warning) => void;
}

/**
 * How many recipients raise each warning, over the whole register today; each count is a toggle
 * that filters the list by that warning. Name, number and a check mark say what colour hints.
 */
export function WarningCounts({ counts, selected, onToggle }: WarningCountsProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <section aria-labelledby="recipient-warnings-title" className={classes.section}>
      <Text id="recipient-warnings-title" fw={600} size="sm" mb={4}>
        {t('recipientRegister.warnings.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('recipientRegister.warnings.explained')}
      </Text>
      <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap" align="stretch">
        {RECIPIENT_WARNINGS.map((warning) => {
          const active = selected.includes(warning);
          const count = counts[warning];
          return (
            <UnstyledButton key={warning} aria-pressed={active} onClick={() => onToggle(warning)} className={classes.button}>
              <Paper component="span" display="block" withBorder p="sm" radius="md" className={classes.card} data-active={active || undefined} data-raised={count > 0 || undefined}>
                <Group component="span" gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                  <span>
                    <Text component="span" display="block" size="xl" fw={700}>
                      {number(count)}
                    </Text>
                    <Text component="span" display="block" size="sm" fw={500}>
                      {t(`recipientTerms.warning.${warning}`)}
                    </Text>
                  </span>
                  {active ? <IconCheck size={20} aria-hidden /> : null}
                </Group>
              </Paper>
            </UnstyledButton>
          );
        })}
      </Group>
    </section>
  );
}
