export interface SwitchProps {
  label: string;
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled on/off switch: a native checkbox with the switch role, so keyboard and screen readers work as usual. */
export function Switch({ label, description, checked, disabled, onChange }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="switch__track" aria-hidden="true" />
      <span class="switch__text">
        <span class="switch__label">{label}</span>
        {description && <span class="switch__description">{description}</span>}
      </span>
    </label>
  );
}
