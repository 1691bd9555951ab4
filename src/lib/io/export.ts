import type { Debate } from '../model';
import { serialize as aif } from './aif/serialize';
import { serialize as argdown } from './argdown/serialize';
import { serialize as json } from './json/serialize';
import type { ExportFormat } from './types';

const SERIALIZERS: Record<ExportFormat, (debate: Debate) => string> = { json, aif, argdown };

/** Writes a debate in a format; apart from the importers, so that exporting loads no parser. */
export function exportDebate(debate: Debate, format: ExportFormat): string {
	return SERIALIZERS[format](debate);
}
