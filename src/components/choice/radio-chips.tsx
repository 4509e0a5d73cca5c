import { Chip, Group, type MantineSize } from '@mantine/core';
import { useId } from 'react';

export interface RadioChipOption<Value extends string> {
  value: Value;
  label: string;
  disabled?: boolean;
}

export interface RadioChipsProps<Value extends string> {
  /** The group's name for assistive technology: a label, or the id of a visible one. */
  label?: string;
  labelledBy?: string;
  value: Value;
  options: readonly RadioChipOption<Value>[];
  onChange: (value: Value) => void;
  size?: MantineSize;
}

/**
 * One choice out of a few, as radio chips: native radios (arrow keys move between them) that look
 * like a segmented control. Mantine's SegmentedControl measures the page after every render to
 * place its indicator; on pages that draw charts that forced layout is a cost we do not need.
 */
export function RadioChips<Value extends string>({ label, labelledBy, value, options, onChange, size = 'xs' }: RadioChipsProps<Value>) {
  const name = useId();
  return (
    <Group gap={4} role="radiogroup" aria-label={label} aria-labelledby={labelledBy}>
      <Chip.Group
        value={value}
        onChange={(next) => {
          const chosen = options.find((option) => option.value === next);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <Chip key={option.value} value={option.value} size={size} name={name} disabled={option.disabled}>
            {option.label}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
