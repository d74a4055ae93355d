import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { StartOffers } from './StartOffers';

type Props = ComponentProps<typeof StartOffers>;

/**
 * The ways to start, loaded only when no campaign runs today (issue #16): they bring the 30-day
 * template and the rules a campaign is started with, which a day of recording never needs.
 */
export function StartOffersLater(props: Props) {
  const [Offers, setOffers] = useState<typeof StartOffers | null>(null);
  useEffect(() => {
    let live = true;
    void import('./StartOffers').then((module) => live && setOffers(() => module.StartOffers));
    return () => {
      live = false;
    };
  }, []);
  return Offers ? <Offers {...props} /> : null;
}
