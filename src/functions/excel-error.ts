/// <reference types="custom-functions-runtime" />
/**
 * Error values a ROTA function returns (never throws): `#VALUE!` for a bad argument, `#N/A` for
 * something that is not there or cannot be known. In Excel they are `CustomFunctions.Error` values,
 * whose message shows in the cell's error indicator; outside Excel (tests, the benchmark) a
 * stand-in of the same shape, since the `CustomFunctions` global exists only in Office's runtime.
 */
export type ErrorCodeText = "#VALUE!" | "#N/A";

class StandInError {
  constructor(
    readonly code: ErrorCodeText,
    readonly message: string
  ) {}
}

interface RuntimeGlobal {
  readonly CustomFunctions?: { readonly Error?: typeof CustomFunctions.Error };
}

export function excelError(code: ErrorCodeText, message: string): CustomFunctions.Error {
  const runtime = (globalThis as RuntimeGlobal).CustomFunctions;
  if (runtime?.Error)
    return new runtime.Error(code as unknown as CustomFunctions.ErrorCode, message);
  return new StandInError(code, message) as unknown as CustomFunctions.Error;
}
