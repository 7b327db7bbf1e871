// The agencies' published figures (data/reference/stats/agency-figures.json), read once.
import fs from 'node:fs';
import path from 'node:path';
import { parseJsonFile, REFERENCE_DATA_DIR } from '../reference/reference-files';
import { ZAgencyFigureFile, type AgencyFigure } from './agency-figures-schema';

export const AGENCY_FIGURES_FILE = path.join(REFERENCE_DATA_DIR, 'stats', 'agency-figures.json');

let shipped: readonly AgencyFigure[] | undefined;

/** Every published figure, oldest first. */
export function shippedAgencyFigures(): readonly AgencyFigure[] {
  shipped ??= ZAgencyFigureFile.parse(
    parseJsonFile(fs.readFileSync(AGENCY_FIGURES_FILE, 'utf8'), 'agency-figures.json'),
  ).figures.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
  return shipped;
}
