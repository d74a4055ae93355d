import { useEffect, useState } from 'preact/hooks';
import { observe } from '@/storage/db/live';

/** The latest value of a storage/ read, re-read whenever its data changes anywhere. */
export function useObserved<T>(read: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => observe(read, setValue), deps);
  return value;
}
