import { useEffect, useRef } from 'preact/hooks';

/**
 * After a move to another page (a link of a navigation, or Back), the focus goes to the new
 * page's first heading, as a page load would put a screen reader there: it is not left on a
 * link of the nav, nor lost to the page top. The first page shown keeps the browser's own start.
 */
export function usePageFocus(page: string, ready: boolean) {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    const before = shown.current;
    shown.current = page;
    if (before === null || before === page) return;
    // A part of the new page that took the focus itself (the share panel at `#share`) keeps it;
    // a link of a navigation inside the page (the admin section's) does not.
    const active = document.activeElement;
    if (document.querySelector('main')?.contains(active) && !active?.closest('nav')) return;
    const heading = document.querySelector<HTMLElement>('main h2');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }, [page, ready]);
}
