export * from './desktop-api';
export * from './external-links';
