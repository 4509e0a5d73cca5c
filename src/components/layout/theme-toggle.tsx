import { ActionIcon, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { forwardRef, lazy, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyOverlay } from './lazy-overlay';

export const SCHEME_ICONS: Record<MantineColorScheme, ReactNode> = {
  light: <IconSun size={18} aria-hidden />,
  dark: <IconMoon size={18} aria-hidden />,
  auto: <IconDeviceDesktop size={18} aria-hidden />,
};

/** The button showing the current choice; the same before and after the chooser has loaded. */
export const ThemeButton = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'>>(function ThemeButton(props, ref) {
  const { t } = useTranslation();
  const { colorScheme } = useMantineColorScheme();
  return (
    <ActionIcon ref={ref} variant="default" size="lg" aria-haspopup="dialog" aria-label={t('shell.colorScheme.label', { current: t(`shell.colorScheme.${colorScheme}`) })} {...props}>
      {SCHEME_ICONS[colorScheme]}
    </ActionIcon>
  );
});

const load = () => import('./theme-chooser');
const ThemeChooser = lazy(load);

/**
 * Light, dark, or follow the system; remembered per browser. A small dialog with three radio
 * buttons (theme-chooser.tsx, loaded on first use): a screen reader hears the choices and which
 * one is selected.
 */
export function ThemeToggle() {
  return <LazyOverlay prefetch={() => void load()} trigger={(handlers) => <ThemeButton {...handlers} />} overlay={<ThemeChooser />} />;
}
