import { Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { MultiSelect, Select } from '@/components/forms/select';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioChips } from '@/components/choice/radio-chips';
import { readIsoDate } from '@/lib/search-params';
import { allowedGranularities, GRANULARITIES } from '../lib/calendar';
import { CHANNELS, COMPARISONS, COUNTRIES, PLANS, RANGE_PRESETS, SEGMENTS, type ConsentView, type ResolvedPeriod } from '../lib/consent-view';

export interface ConsentControlsProps {
  view: ConsentView;
  period: ResolvedPeriod;
  onChange: (patch: Partial<ConsentView>) => void;
}

/** Period, granularity, breakdown, filters and comparison: one row of controls above every figure. */
export function ConsentControls({ view, period, onChange }: ConsentControlsProps) {
  const { t } = useTranslation();
  const allowed = allowedGranularities(period.from, period.to);
  // Custom dates are typed into a draft and applied only when both make a valid range.
  const [draft, setDraft] = useState({ from: period.from, to: period.to });
  const draftValid = readIsoDate(draft.from) !== undefined && readIsoDate(draft.to) !== undefined && draft.from <= draft.to;
  const applyDraft = (next: { from: string; to: string }) => {
    setDraft(next);
    if (readIsoDate(next.from) && readIsoDate(next.to) && next.from <= next.to) onChange({ range: 'custom', from: next.from, to: next.to });
  };

  return (
    <Card withBorder padding="md" mb="md" component="section" aria-label={t('consentRates.controls.label')}>
      <Stack gap="sm">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('consentRates.controls.period')}
            w={190}
            allowDeselect={false}
            value={view.range}
            data={[...RANGE_PRESETS.map((value) => ({ value, label: t(`consentRates.controls.presets.${value}`) })), { value: 'custom', label: t('consentRates.controls.presets.custom') }]}
            onChange={(value) => {
              if (value === 'custom') onChange({ range: 'custom', from: period.from, to: period.to });
              else if (value) onChange({ range: value, from: undefined, to: undefined });
            }}
          />
          {view.range === 'custom' ? (
            <>
              <TextInput type="date" label={t('consentRates.controls.from')} value={draft.from} max={draft.to} onChange={(event) => applyDraft({ ...draft, from: event.currentTarget.value })} error={draftValid ? undefined : t('consentRates.controls.invalidRange')} />
              <TextInput type="date" label={t('consentRates.controls.to')} value={draft.to} min={draft.from} onChange={(event) => applyDraft({ ...draft, to: event.currentTarget.value })} />
            </>
          ) : null}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="consent-granularity-label">
              {t('consentRates.controls.granularity')}
            </Text>
            <RadioChips
              labelledBy="consent-granularity-label"
              size="sm"
              value={period.granularity}
              onChange={(value) => onChange({ granularity: value })}
              options={GRANULARITIES.map((value) => ({ value, label: t(`consentRates.granularity.${value}`), disabled: !allowed.includes(value) }))}
            />
          </Stack>
          <Select
            label={t('consentRates.controls.compare')}
            w={220}
            value={view.compare ?? 'none'}
            allowDeselect={false}
            data={[{ value: 'none', label: t('consentRates.controls.compareNone') }, ...COMPARISONS.map((value) => ({ value, label: t(`consentRates.controls.compareOptions.${value}`) }))]}
            onChange={(value) => onChange({ compare: value === 'previous' || value === 'year' ? value : undefined })}
          />
        </Group>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('consentRates.controls.groupBy')}
            w={200}
            value={view.groupBy ?? 'none'}
            allowDeselect={false}
            data={[{ value: 'none', label: t('consentRates.controls.groupByNone') }, ...SEGMENTS.map((value) => ({ value, label: t(`consentRates.segment.${value}`) }))]}
            onChange={(value) => onChange({ groupBy: SEGMENTS.find((segment) => segment === value) })}
          />
          <MultiSelect
            label={t('consentRates.controls.country')}
            placeholder={view.country?.length ? undefined : t('consentRates.controls.all')}
            w={220}
            value={view.country ?? []}
            data={COUNTRIES.map((value) => ({ value, label: t(`consentTerms.country.${value}`) }))}
            onChange={(value) => onChange({ country: value.length ? (value) : undefined })}
          />
          <MultiSelect
            label={t('consentRates.controls.plan')}
            placeholder={view.plan?.length ? undefined : t('consentRates.controls.all')}
            w={220}
            value={view.plan ?? []}
            data={PLANS.map((value) => ({ value, label: t(`consentTerms.plan.${value}`) }))}
            onChange={(value) => onChange({ plan: value.length ? (value) : undefined })}
          />
          <MultiSelect
            label={t('consentRates.controls.channel')}
            placeholder={view.channel?.length ? undefined : t('consentRates.controls.all')}
            w={300}
            value={view.channel ?? []}
            data={CHANNELS.map((value) => ({ value, label: t(`consentTerms.channel.${value}`) }))}
            onChange={(value) => onChange({ channel: value.length ? (value) : undefined })}
          />
        </Group>
        {period.granularityAdjusted ? (
          <Text size="sm" role="status">
            {t('consentRates.controls.granularityAdjusted', { granularity: t(`consentRates.granularity.${period.granularity}`) })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
