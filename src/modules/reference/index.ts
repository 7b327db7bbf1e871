// Reference data module: regions, agencies, elections + phases, holidays, legal catalogues.
export { referenceRoutes } from './routes';
export { seedReferenceData } from './seed-reference-data';
