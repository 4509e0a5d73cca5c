import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';

/** Severity in words; high and critical also get a warning icon and bold type (not colour alone). */
export function SeverityText({ severity }: { severity: Schemas['Severity'] }) {
  const { t } = useTranslation();
  const serious = severity === 'high' || severity === 'critical';
  return (
    <Group gap={4} wrap="nowrap" component="span">
      {serious ? <IconAlertTriangle size={14} aria-hidden /> : null}
      <Text component="span" size="sm" fw={serious ? 700 : 400}>
        {t(`violationTerms.severity.${severity}`)}
      </Text>
    </Group>
  );
}
