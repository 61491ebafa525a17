export * from './common';
export * from './product';
export * from './buyer';
