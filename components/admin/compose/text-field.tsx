import type { ReactNode } from 'react';

type Props = {
  name: string;
  label: string;
  value: string;
  error?: string;
  type?: 'text' | 'datetime-local' | 'textarea';
  required?: boolean;
  onChange: (value: string) => void;
  children?: ReactNode;
};

/** A labelled input whose error is announced with it (aria-describedby) and marked invalid. */
export function TextField({ name, label, value, error, type = 'text', required, onChange }: Props) {
  const id = `f-${name}`;
  const common = {
    id,
    name,
    value,
    required,
    'aria-invalid': !!error,
    'aria-describedby': `${id}-err`,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {type === 'textarea' ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
      <p id={`${id}-err`} className="field-error">
        {error}
      </p>
    </div>
  );
}
