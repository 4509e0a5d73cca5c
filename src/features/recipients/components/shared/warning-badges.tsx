import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';

/** A recipient's warnings in words (colour only hints); "None" when it has none. */
export function WarningBadges({ warnings }: { warnings: readonly Schemas['RecipientWarning'][] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('recipientRegister.table.noWarnings')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {warnings.map((warning) => (
        // The label keeps the body text colour: orange text on its light tint fails WCAG contrast.
        <Badge
          key={warning}
          color="orange"
          variant="light"
          size="sm"
          radius="sm"
          tt="none"
          h="auto"
          py={2}
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
          styles={{ root: { borderLeft: '3px solid var(--mantine-color-orange-filled)' }, label: { whiteSpace: 'normal', textAlign: 'left', color: 'var(--mantine-color-text)' } }}
        >
          {t(`recipientTerms.warning.${warning}`)}
        </Badge>
      ))}
    </Group>
  );
}
