import { useEffect, useState } from 'preact/hooks';

/** The part of the page address after `#`, kept in step with the browser's back and forward. */
export function useHash(win: Window = window): string {
  const read = () => decodeURIComponent(win.location.hash.replace(/^#/, ''));
  const [hash, setHash] = useState(read);
  useEffect(() => {
    const update = () => setHash(read());
    win.addEventListener('hashchange', update);
    return () => win.removeEventListener('hashchange', update);
  }, []);
  return hash;
}
