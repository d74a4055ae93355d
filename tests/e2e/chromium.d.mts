import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM: string;
export function extensionLaunchOptions(
  extensionDir: string,
  options?: { viewport?: { width: number; height: number }; env?: Record<string, string | undefined>; args?: string[] },
): LaunchOptions & { viewport?: { width: number; height: number } };
