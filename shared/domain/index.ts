export * from './common';
export * from './product';
export * from './buyer';
export * from './parcel';
export * from './shipment';
export * from './incoterms';
export * from './quote';
export * from './order';
