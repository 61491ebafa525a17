export * from './facts';
export * from './rules';
export * from './engine';
export * from './readiness';
