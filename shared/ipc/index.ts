export * from './desktop-api';
