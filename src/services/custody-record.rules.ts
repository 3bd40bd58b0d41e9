import { IsBoolean, IsDate, IsEnum, IsOptional, Length, Matches, validateSync } from 'class-validator';
import { RetentionClass } from '../entities';
import type { CustodyRecord } from './gallery.service';

/**
 * What a custody record may contain, wherever it comes from: the GraphQL input
 * (EnrolCustodyImageInput extends this class) and the bulk enrolment manifest
 * (`custodyRecordProblems`). References are single tokens of letters, digits and / . _ - : no
 * spaces, line breaks or leading `=`/`+`/`@`, so a value can never become a spreadsheet formula or
 * a forged line when the record is exported.
 */
export const REFERENCE_PATTERN = /^[\w/.-]+$/;

export class CustodyRecordRules {
  @Length(1, 64)
  @Matches(REFERENCE_PATTERN, { message: 'personReference may contain letters, digits and / . _ - only' })
  personReference: string;

  @IsOptional()
  @Length(1, 8)
  @Matches(/^\w+$/, { message: 'selfDefinedEthnicity is a code of letters and digits (e.g. W1)' })
  selfDefinedEthnicity?: string | null;

  @IsOptional()
  @Length(1, 16)
  @Matches(/^\w[\w -]*$/, { message: 'sex may contain letters, digits, spaces and - only' })
  sex?: string | null;

  @Length(1, 64)
  @Matches(REFERENCE_PATTERN, { message: 'custodyReference may contain letters, digits and / . _ - only' })
  custodyReference: string;

  @IsDate()
  capturedAt: Date;

  @IsEnum(RetentionClass)
  retentionClass: RetentionClass;

  @IsBoolean()
  under18AtCapture: boolean;

  @IsOptional()
  @Matches(/^\d{1,3}(-\d{1,3}|\+)$/, { message: 'ageBand looks like 18-24 or 65+' })
  ageBand?: string | null;
}

/** Every rule `record` breaks, as messages that name the field and never quote its value. */
export function custodyRecordProblems(record: CustodyRecord): string[] {
  const errors = validateSync(Object.assign(new CustodyRecordRules(), record), {
    forbidUnknownValues: false,
  });
  return errors.flatMap((e) => Object.values(e.constraints ?? {}));
}
