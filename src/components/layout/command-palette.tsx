import { Button, Group, Kbd, Text, VisuallyHidden } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { Spotlight, spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NavGroup } from './navigation-types';

/** Ctrl/⌘+K: jump to any page the role may use by typing part of its name or purpose. */
export function CommandPalette({ groups }: { groups: NavGroup[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actions = useMemo<SpotlightActionGroupData[]>(
    () =>
      groups.map((group) => ({
        group: group.label,
        actions: group.items.map((item) => ({
          id: item.key,
          label: item.label,
          description: item.description,
          keywords: item.keywords,
          leftSection: item.icon,
          onClick: () => void navigate(item.href),
        })),
      })),
    [groups, navigate],
  );
  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K']}
      nothingFound={t('shell.commandPalette.nothingFound')}
      highlightQuery
      scrollable
      maxHeight={420}
      // The title names the dialog for screen readers (aria-labelledby still reads a hidden
      // element); the header that would hold it takes no space.
      title={t('shell.commandPalette.title')}
      styles={{ header: { display: 'none' } }}
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: t('shell.commandPalette.placeholder'),
        'aria-label': t('shell.commandPalette.placeholder'),
      }}
    />
  );
}

/** The visible way into the command palette, with its shortcut shown for the current system. */
export function CommandPaletteTrigger() {
  const { t } = useTranslation();
  const os = useOs();
  const mod = os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
  return (
    <Button
      variant="default"
      onClick={() => spotlight.open()}
      leftSection={<IconSearch size={16} aria-hidden />}
      aria-keyshortcuts={mod === '⌘' ? 'Meta+K' : 'Control+K'}
      px="sm"
    >
      <Text span size="sm" visibleFrom="md" mr="xs">
        {t('shell.commandPalette.trigger')}
      </Text>
      <VisuallyHidden hiddenFrom="md">{t('shell.commandPalette.trigger')}</VisuallyHidden>
      <Group gap={2} visibleFrom="md" aria-hidden>
        <Kbd size="xs">{mod}</Kbd>
        <Kbd size="xs">K</Kbd>
      </Group>
    </Button>
  );
}
