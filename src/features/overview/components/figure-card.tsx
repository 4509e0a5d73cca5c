import { Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '@/hooks/use-formatters';
import { polarityOf } from '../lib/figures';
import { trendOf, type Figure, type FigureUnit, type TrendTone } from '../lib/trend';
import classes from './overview.module.css';

type Formatters = ReturnType<typeof useFormatters>;

// The theme's success and error colours pass AA contrast in light and dark schemes.
const TONE_COLOR: Record<TrendTone, string> = { good: 'var(--mantine-color-success)', bad: 'var(--mantine-color-error)', neutral: 'dimmed' };

function useValueFormat() {
  const { t } = useTranslation();
  const f: Formatters = useFormatters();
  const value = (amount: number, unit: FigureUnit) => {
    switch (unit) {
      case 'ratio':
        return f.percent(amount);
      case 'days':
        return t('overview.units.days', { count: amount, value: f.number(amount, { maximumFractionDigits: 1 }) });
      case 'score':
        return t('overview.units.score', { value: f.number(amount, { maximumFractionDigits: 1 }) });
      default:
        return f.number(amount, { maximumFractionDigits: 0 });
    }
  };
  const delta = (amount: number, unit: FigureUnit) => {
    const magnitude = Math.abs(amount);
    if (unit === 'ratio') return t('overview.units.points', { count: magnitude, value: f.number(magnitude, { maximumFractionDigits: 1 }) });
    // A score moves by points, not by "n / 100".
    if (unit === 'score') return f.number(magnitude, { maximumFractionDigits: 1 });
    return value(magnitude, unit);
  };
  return { value, delta };
}

interface FigureCardProps {
  figure: Figure;
  /** "in Q1 2026" or "now": fills the explanation's period. */
  periodText: string;
}

/**
 * One figure as a link to the list that shows what it counts. The trend is spelled out in words
 * (up/down, better/worse), so colour only repeats what the text says.
 */
export function FigureCard({ figure, periodText }: FigureCardProps) {
  const { t, i18n } = useTranslation();
  const format = useValueFormat();
  const unit = figure.unit ?? 'count';
  const base = `overview.figures.${figure.key}`;
  // A figure the console has no words for yet still shows, under its key.
  const known = i18n.exists(`${base}.label`);
  const label = known ? t(`${base}.label`) : figure.key;
  const explanation = known ? t(`${base}.explanation`, { period: periodText }) : null;
  const trend = trendOf(figure, polarityOf(figure.key));
  const TrendIcon = trend?.direction === 'up' ? IconArrowUpRight : trend?.direction === 'down' ? IconArrowDownRight : IconArrowRight;

  return (
    <Card component={Link} to={figure.link} withBorder padding="lg" radius="md" className={classes.card}>
      <Stack gap={6}>
        <Text fw={600} size="sm">
          {label}
        </Text>
        <Text fz={30} fw={700} lh={1.1}>
          {format.value(figure.value, unit)}
        </Text>
        {trend && figure.previousValue !== null && figure.previousValue !== undefined ? (
          <Group gap={4} wrap="nowrap" c={TONE_COLOR[trend.tone]}>
            <TrendIcon size={16} aria-hidden />
            <Text size="sm" c={TONE_COLOR[trend.tone]}>
              {t(`overview.trend.${trend.direction}`, {
                delta: format.delta(trend.delta, unit),
                previous: format.value(figure.previousValue, unit),
              })}
              {trend.tone !== 'neutral' ? ` (${t(`overview.trend.${trend.tone}`)})` : ''}
            </Text>
          </Group>
        ) : null}
        {explanation ? (
          <Text size="xs" c="dimmed">
            {explanation}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
