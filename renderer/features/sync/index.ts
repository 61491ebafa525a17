export { ConflictsInbox } from './ConflictsInbox';
export { RejectedList } from './RejectedList';
export { SignInPage } from './SignIn';
export { SyncBadge } from './SyncBadge';
export { SyncStatusBar, WatchdogBanner } from './SyncStatusBar';
export { appEngine, useRecordSyncState, useSyncStatus } from './engine';
