import {
  createTheme,
  type AlertProps,
  type CSSVariablesResolver,
  type DrawerProps,
  type MantineThemeOverride,
  type ModalProps,
  type NotificationProps,
} from '@mantine/core';

/** Mantine's own height for a combobox's list (`maxDropdownHeight`), scrolled natively. */
const OPTIONS_SCROLL = { maxHeight: 220, overflowY: 'auto' } as const;

/** Labels the theme gives to icon-only controls; translated by the provider. */
export interface ThemeLabels {
  close: string;
}

/**
 * Contrast fixes for WCAG 2.2 AA (checked against Mantine's palette):
 * - filled primary uses blue 8 (#1971c2): white text 5.0:1, where Mantine's blue 6 gives 3.6:1;
 * - `autoContrast` with the WCAG crossover luminance (0.179) picks black or white text on any
 *   filled colour, so an orange or yellow badge is readable too;
 * - dimmed text is gray 7 / dark 1 (8.2:1 and 7.8:1) instead of gray 6 / dark 2 (3.3:1, 4.0:1);
 * - error text red 9 / red 4 and success teal 9 / teal 4, which pass on both backgrounds;
 * - light-variant text (active navigation link, light buttons) #0b4f8a / blue 3, also on hover;
 * - a notification's description with a title uses the dimmed colour above, not gray 6;
 * - success light-variant text (an alert's title) #06704f on its tint: 5.3:1, where teal 9 gives 4.3:1;
 * - icon-only close buttons get a translated accessible name;
 * - a select's long list scrolls in its listbox, not in a scroll area inside it (see below);
 * - modal and drawer headers are not announced as a second banner landmark.
 *
 * Selects mount their option lists once someone comes to them (src/components/forms/select.tsx).
 */
export function createAppTheme(labels: ThemeLabels): MantineThemeOverride {
  return createTheme({
    primaryColor: 'blue',
    primaryShade: { light: 8, dark: 8 },
    autoContrast: true,
    luminanceThreshold: 0.179,
    defaultRadius: 'md',
    focusRing: 'auto',
    cursorType: 'pointer',
    respectReducedMotion: true,
    headings: { fontWeight: '650' },
    // Plain settings checked against the components' prop types, not Component.extend(): importing
    // a component here puts it, with everything it uses, into the first page's chunk (Modal and
    // Drawer brought the scroll area, overlay, portal, transitions, focus trap and scroll lock: 31 KiB
    // gzip of the first chunk).
    components: {
      Notification: {
        defaultProps: { closeButtonProps: { 'aria-label': labels.close } } satisfies Partial<NotificationProps>,
        styles: { description: { color: 'var(--mantine-color-dimmed)' } },
      },
      // A dialog's <header> would otherwise count as a second page banner (axe
      // landmark-no-duplicate-banner): the dialog is named by its title, not by a landmark.
      Modal: {
        defaultProps: { closeButtonProps: { 'aria-label': labels.close }, attributes: { header: { role: 'presentation' } } } satisfies Partial<ModalProps>,
        styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
      },
      Drawer: {
        defaultProps: { closeButtonProps: { 'aria-label': labels.close }, attributes: { header: { role: 'presentation' } } } satisfies Partial<DrawerProps>,
      },
      Alert: { defaultProps: { closeButtonLabel: labels.close } satisfies Partial<AlertProps> },
      // The options scroll in the listbox itself, the combobox's popup that keyboard users move
      // through from the input (arrow keys, aria-activedescendant). Mantine's scroll area inside
      // it was a scrolling region with nothing to focus (axe scrollable-region-focusable).
      // Select would bring Floating UI.
      Select: { defaultProps: { withScrollArea: false }, styles: { options: OPTIONS_SCROLL } },
      MultiSelect: { defaultProps: { withScrollArea: false }, styles: { options: OPTIONS_SCROLL } },
    },
  });
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-success': 'var(--mantine-color-teal-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Light-variant text (the active navigation link, light buttons and badges) on its tinted
    // background, hovered too (blue 2): 5.5:1, where blue 9 gives 4.0:1 on hover.
    '--mantine-color-blue-light-color': '#0b4f8a',
    '--mantine-primary-color-light-color': '#0b4f8a',
    // Success light-variant text (the "no warnings" alert's title) on its tint: 5.3:1.
    '--mantine-color-teal-light-color': '#06704f',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-success': 'var(--mantine-color-teal-4)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-2)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-3)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-blue-3)',
  },
});
