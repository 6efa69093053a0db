/** Buttons with the shared look; `kind` picks the emphasis. Plain buttons unless `type="submit"`. */
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

type Kind = 'primary' | 'secondary' | 'danger' | 'link';

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  kind?: Kind;
  /** `button` by default, so a button inside a form never submits it by accident. */
  type?: 'button' | 'submit';
  children: ComponentChildren;
}

export function Button({ kind = 'secondary', type = 'button', class: extra, children, ...rest }: ButtonProps) {
  const cls = `btn btn-${kind}${typeof extra === 'string' ? ` ${extra}` : ''}`;
  return (
    <button type={type} class={cls} {...rest}>
      {children}
    </button>
  );
}
