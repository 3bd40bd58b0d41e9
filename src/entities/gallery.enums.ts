/** Why a custody image is held; decides whether it is searched by default and how strongly deletion is presumed. */
export enum RetentionClass {
  CONVICTED = 'CONVICTED',
  CHARGED_PENDING = 'CHARGED_PENDING',
  NOT_CHARGED = 'NOT_CHARGED',
  NO_FURTHER_ACTION = 'NO_FURTHER_ACTION',
}

/** Classes of people never convicted: excluded from searches unless authorised, presumed deleted on request. */
export const NOT_CONVICTED_CLASSES: readonly RetentionClass[] = [
  RetentionClass.NOT_CHARGED,
  RetentionClass.NO_FURTHER_ACTION,
];

export enum CustodyImageStatus {
  ACTIVE = 'ACTIVE',
  PENDING_DELETION = 'PENDING_DELETION',
  DELETED = 'DELETED',
}

export enum DeletionRequestStatus {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
}
