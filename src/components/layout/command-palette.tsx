import { Button, Group, Kbd, Text, VisuallyHidden } from '@mantine/core';
import { useHotkeys, useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NavGroup } from './navigation-types';

// The palette (Spotlight: a modal with its search and transitions) loads the first time it is
// asked for, by Ctrl/⌘+K or the header's button, not with the first page.
const CommandPaletteDialog = lazy(() => import('./command-palette-dialog').then((module) => ({ default: module.CommandPaletteDialog })));

const OpenPalette = createContext<() => void>(() => undefined);

/** Ctrl/⌘+K: jump to any page the role may use by typing part of its name or purpose. */
export function CommandPalette({ groups, children }: { groups: NavGroup[]; children: ReactNode }) {
  const [loaded, setLoaded] = useState(false);
  const open = useCallback(() => {
    // Once loaded, the palette owns the shortcut (Spotlight's own) and reopens itself.
    if (loaded) void import('./command-palette-dialog').then((module) => module.openCommandPalette());
    else setLoaded(true);
  }, [loaded]);
  useHotkeys(loaded ? [] : [['mod+K', open]]);
  const value = useMemo(() => open, [open]);
  return (
    <OpenPalette.Provider value={value}>
      {children}
      {loaded ? (
        <Suspense fallback={null}>
          <CommandPaletteDialog groups={groups} />
        </Suspense>
      ) : null}
    </OpenPalette.Provider>
  );
}

/** The visible way into the command palette, with its shortcut shown for the current system. */
export function CommandPaletteTrigger() {
  const { t } = useTranslation();
  const open = useContext(OpenPalette);
  const os = useOs();
  const mod = os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
  return (
    <Button
      variant="default"
      onClick={open}
      leftSection={<IconSearch size={16} aria-hidden />}
      aria-keyshortcuts={mod === '⌘' ? 'Meta+K' : 'Control+K'}
      aria-haspopup="dialog"
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
