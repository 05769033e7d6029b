import { DiplographError } from '../../model/errors';

export type ImportErrorCode = 'IMPORT_DATABASE_NOT_EMPTY';

/** `diplograph import` refused to run; nothing was changed. */
export class ImportError extends DiplographError {
  declare readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
