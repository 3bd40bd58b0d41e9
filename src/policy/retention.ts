import { NOT_CONVICTED_CLASSES, RetentionClass } from '../entities/gallery.enums';

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

/**
 * When a custody image's retention must next be reviewed, from its class (Home Office Custody
 * Images Review 2017 and the Management of Police Information review periods): not-convicted
 * records soon, convicted adults after six years, and under-18s sooner than adults.
 */
export function reviewDueAt(
  capturedAt: Date,
  retentionClass: RetentionClass,
  under18AtCapture: boolean,
): Date {
  const months: Record<RetentionClass, number> = {
    [RetentionClass.CONVICTED]: under18AtCapture ? 36 : 72,
    [RetentionClass.CHARGED_PENDING]: 12,
    [RetentionClass.NOT_CHARGED]: 6,
    [RetentionClass.NO_FURTHER_ACTION]: 6,
  };
  return new Date(capturedAt.getTime() + months[retentionClass] * MONTH_MS);
}

/** Never convicted, or a child at capture: the presumption to delete on request is stronger. */
export function hasStrongerDeletionPresumption(image: {
  retentionClass: RetentionClass;
  under18AtCapture: boolean;
}): boolean {
  return image.under18AtCapture || NOT_CONVICTED_CLASSES.includes(image.retentionClass);
}
