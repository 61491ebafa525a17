export * from './outbox';
export * from './protocol';
