import { memo } from 'react';
import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCalendarCheck, IconCheck, IconClockExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { DEADLINE_BANDS } from '../../lib/queue-search-params';
import classes from './band-counts.module.css';

type Band = Schemas['DeadlineBand'];

const ICONS: Record<Band, ReactNode> = {
  overdue: <IconAlertTriangle size={22} aria-hidden />,
  due_soon: <IconClockExclamation size={22} aria-hidden />,
  on_track: <IconCalendarCheck size={22} aria-hidden />,
};

const COLORS: Record<Band, string> = { overdue: 'red', due_soon: 'orange', on_track: 'teal' };

export interface BandCountsProps {
  /** `null` while the list loads: the cards keep their place (nothing below them jumps when the counts arrive). */
  counts: Schemas['BandCounts'] | null;
  selected: readonly Band[];
  onToggle: (band: Band) => void;
}

/**
 * Open requests per deadline band, each a toggle that filters the list by that band. The band's
 * name, icon and a check mark when active say what colour only hints at.
 */
export const BandCounts = memo(function BandCounts({ counts, selected, onToggle }: BandCountsProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <Group component="section" aria-label={t('dsarQueue.bands.label')} aria-busy={counts ? undefined : true} gap="sm" mb="md" grow preventGrowOverflow={false} wrap="wrap">
      {DEADLINE_BANDS.map((band) => {
        const active = selected.includes(band);
        const color = COLORS[band];
        return (
          <UnstyledButton
            key={band}
            aria-pressed={active}
            onClick={() => onToggle(band)}
            disabled={!counts}
            className={classes.band}
            style={{ minWidth: 200 }}
          >
            {/* Spans only: a button may hold phrasing content, not divs or paragraphs. */}
            <Paper
              component="span"
              display="block"
              withBorder
              p="sm"
              radius="md"
              className={classes.card}
              data-active={active || undefined}
              style={{ borderLeft: `4px solid var(--mantine-color-${color}-filled)` }}
            >
              <Group component="span" gap="sm" wrap="nowrap" justify="space-between">
                <Group component="span" gap="sm" wrap="nowrap" c={`var(--mantine-color-${color}-text)`}>
                  {ICONS[band]}
                  <span>
                    <Text component="span" display="block" fw={600} size="sm" c="var(--mantine-color-text)">
                      {t(`dsarTerms.band.${band}`)}
                    </Text>
                    {counts ? (
                      <Text component="span" display="block" size="xl" fw={700} c="var(--mantine-color-text)">
                        {t('dsarQueue.bands.count', { count: counts[band], formatted: number(counts[band]) })}
                      </Text>
                    ) : (
                      <Text component="span" display="block" size="xl" fw={700} c="dimmed" aria-hidden>
                        –
                      </Text>
                    )}
                  </span>
                </Group>
                {active ? <IconCheck size={20} aria-hidden /> : null}
              </Group>
            </Paper>
          </UnstyledButton>
        );
      })}
    </Group>
  );
});
