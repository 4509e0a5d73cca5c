import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const OPTIONS: { value: MantineColorScheme; icon: ReactNode }[] = [
  { value: 'light', icon: <IconSun size={18} aria-hidden /> },
  { value: 'dark', icon: <IconMoon size={18} aria-hidden /> },
  { value: 'auto', icon: <IconDeviceDesktop size={18} aria-hidden /> },
];

/** Light, dark, or follow the system; remembered per browser. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const current = OPTIONS.find((option) => option.value === colorScheme) ?? OPTIONS[2];
  return (
    <Menu position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('shell.colorScheme.label', { current: t(`shell.colorScheme.${colorScheme}`) })}
        >
          {current?.icon}
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.colorScheme.title')}</Menu.Label>
        {OPTIONS.map((option) => (
          <Menu.Item
            key={option.value}
            role="menuitemradio"
            aria-checked={option.value === colorScheme}
            leftSection={option.icon}
            rightSection={option.value === colorScheme ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => setColorScheme(option.value)}
          >
            {t(`shell.colorScheme.${option.value}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
