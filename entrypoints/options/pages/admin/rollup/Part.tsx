import type { ComponentChildren } from 'preact';

/**
 * A part of an admin page with its heading: a section of the page (level 3, a landmark region),
 * or a group inside one (level 4), named by its heading either way.
 */
export function Part({
  id,
  level,
  title,
  class: className,
  children,
}: {
  id: string;
  level: 3 | 4;
  title: string;
  class?: string;
  children: ComponentChildren;
}) {
  if (level === 3)
    return (
      <section aria-labelledby={id} class={className}>
        <h3 id={id}>{title}</h3>
        {children}
      </section>
    );
  return (
    <div role="group" aria-labelledby={id} class={className}>
      <h4 id={id}>{title}</h4>
      {children}
    </div>
  );
}
