import type { ComponentPropsWithRef } from 'react';
import './Button.css';

type Variant = 'default' | 'primary' | 'danger' | 'quiet';

interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: Variant;
}

/** A push button in one of the app's few styles; `type="button"` unless told, so it never submits by accident. */
export function Button({ variant = 'default', className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
