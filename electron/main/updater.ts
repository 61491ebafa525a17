// Auto-update with electron-updater (feed: `publish` in electron-builder.yml). Only a packaged
// app has an update feed and a signature to verify; a development run must not try.
export interface UpdaterLike {
  checkForUpdatesAndNotify(): Promise<unknown>;
}

export async function startUpdater(
  isPackaged: boolean,
  load: () => Promise<UpdaterLike>,
  warn: (message: string) => void,
): Promise<'skipped' | 'checking'> {
  if (!isPackaged) return 'skipped';
  try {
    const updater = await load();
    updater.checkForUpdatesAndNotify().catch((error: unknown) => warn(`Update check failed: ${String(error)}`));
    return 'checking';
  } catch (error) {
    warn(`Updater unavailable: ${String(error)}`);
    return 'skipped';
  }
}
