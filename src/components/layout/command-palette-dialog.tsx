import { Spotlight, spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NavGroup } from './navigation-types';

/** The palette itself, loaded on first use (see command-palette.tsx); opens as it mounts. */
export function CommandPaletteDialog({ groups }: { groups: NavGroup[] }) {
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
  useEffect(() => spotlight.open(), []);
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
      // The list scrolls when the role has many pages. Arrow keys in the search box move through
      // it; its scrolling region is also a tab stop of its own, so it can be scrolled with the
      // keyboard (axe scrollable-region-focusable), named for screen readers.
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'group', 'aria-label': t('shell.commandPalette.results') } }}
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: t('shell.commandPalette.placeholder'),
        'aria-label': t('shell.commandPalette.placeholder'),
      }}
    />
  );
}

/** Opens the palette once it is loaded. */
export function openCommandPalette(): void {
  spotlight.open();
}
