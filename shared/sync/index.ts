export * from './outbox';
export * from './protocol';
export * from './policies';
export * from './merge';
