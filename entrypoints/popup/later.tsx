import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A part of the popup loaded when it is first shown: the ways to start and the set-up
 * form bring code (templates, the campaign rules, Dexie) that a day of recording never waits for.
 * Nothing is shown until it has loaded, a few milliseconds from the extension's own files.
 */
export function later<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function Later(props: P) {
    const [Part, setPart] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Part) return;
      let live = true;
      void load().then((part) => {
        loaded = part;
        if (live) setPart(() => part);
      });
      return () => {
        live = false;
      };
    }, []);
    return Part ? <Part {...props} /> : null;
  };
}
