// Channel names on their own, without zod, so the sandboxed preload bundle stays small.
/** IPC channel names, `domain:verb`. The main process registers exactly these. */
export const CHANNELS = {
  appInfo: 'app:info',
  openExternal: 'app:open-external',
  listPrinters: 'print:list-printers',
  print: 'print:print',
  savePdf: 'print:save-pdf',
  printRaw: 'print:raw',
  secretGet: 'secrets:get',
  secretSet: 'secrets:set',
  secretDelete: 'secrets:delete',
  outboxAppend: 'outbox-backup:append',
  outboxAck: 'outbox-backup:ack',
  outboxRead: 'outbox-backup:read',
} as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];
