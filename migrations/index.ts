import { Foundation1764230000000 } from './1764230000000-Foundation';
import { Gallery1764240000000 } from './1764240000000-Gallery';
import { SearchWorkflow1764250000000 } from './1764250000000-SearchWorkflow';
import { LeadOutcome1764261000000 } from './1764261000000-LeadOutcome';
import { OversightStatisticsIndexes1764262000000 } from './1764262000000-OversightStatisticsIndexes';
import { CentredTemplateSearch1764270000000 } from './1764270000000-CentredTemplateSearch';
import { OfficerAccessProposals1764280000000 } from './1764280000000-OfficerAccessProposals';
import { FirstReviewExposure1764281000000 } from './1764281000000-FirstReviewExposure';
import { AuditRolesAndAnchors1764282000000 } from './1764282000000-AuditRolesAndAnchors';
import { ProbeTemplateAndSearchFailure1764290000001 } from './1764290000001-ProbeTemplateAndSearchFailure';
import { EligibleTemplateCounts1764290000002 } from './1764290000002-EligibleTemplateCounts';
import { ListOrderAndRequestTrail1764291000000 } from './1764291000000-ListOrderAndRequestTrail';
import { ProbeExpectedHitRate1764300000000 } from './1764300000000-ProbeExpectedHitRate';
import { TemplateDimensionPerModel1764310000000 } from './1764310000000-TemplateDimensionPerModel';
import { FacepluginTemplateSpace1764310000001 } from './1764310000001-FacepluginTemplateSpace';
import { ThresholdFloorAsFalseMatchRate1764315000000 } from './1764315000000-ThresholdFloorAsFalseMatchRate';
import { FacepluginPreluRewriteTemplateSpace1764320000000 } from './1764320000000-FacepluginPreluRewriteTemplateSpace';
import { ModelCalibration1764330000000 } from './1764330000000-ModelCalibration';
import { EventOutbox1764340000000 } from './1764340000000-EventOutbox';
import { ImageUpload1764350000000 } from './1764350000000-ImageUpload';
import { ModelVersionsPerForce1764360000000 } from './1764360000000-ModelVersionsPerForce';
import { PlainHnswSearch1764370000000 } from './1764370000000-PlainHnswSearch';
import { SearchRetention1764380000000 } from './1764380000000-SearchRetention';
import { ComplianceReview1764390000000 } from './1764390000000-ComplianceReview';
import { LeadActions1764410000000 } from './1764410000000-LeadActions';
import { ProbeProvenance1764420000000 } from './1764420000000-ProbeProvenance';
import { ProbeEnhancement1764430000000 } from './1764430000000-ProbeEnhancement';
import { GovernanceRegister1764440000000 } from './1764440000000-GovernanceRegister';
import { SeriousnessTiers1764450000000 } from './1764450000000-SeriousnessTiers';
import { ModelValidation1764460000000 } from './1764460000000-ModelValidation';
import { ReplicaFence1764470000000 } from './1764470000000-ReplicaFence';
import { MultiFrameProbe1764490000000 } from './1764490000000-MultiFrameProbe';

/** Every migration, oldest first. New ones are appended here. */
export const MIGRATIONS = [
  Foundation1764230000000,
  Gallery1764240000000,
  SearchWorkflow1764250000000,
  LeadOutcome1764261000000,
  OversightStatisticsIndexes1764262000000,
  CentredTemplateSearch1764270000000,
  OfficerAccessProposals1764280000000,
  FirstReviewExposure1764281000000,
  AuditRolesAndAnchors1764282000000,
  ProbeTemplateAndSearchFailure1764290000001,
  EligibleTemplateCounts1764290000002,
  ListOrderAndRequestTrail1764291000000,
  ProbeExpectedHitRate1764300000000,
  TemplateDimensionPerModel1764310000000,
  FacepluginTemplateSpace1764310000001,
  ThresholdFloorAsFalseMatchRate1764315000000,
  FacepluginPreluRewriteTemplateSpace1764320000000,
  ModelCalibration1764330000000,
  EventOutbox1764340000000,
  ImageUpload1764350000000,
  ModelVersionsPerForce1764360000000,
  PlainHnswSearch1764370000000,
  SearchRetention1764380000000,
  ComplianceReview1764390000000,
  LeadActions1764410000000,
  ProbeProvenance1764420000000,
  ProbeEnhancement1764430000000,
  GovernanceRegister1764440000000,
  SeriousnessTiers1764450000000,
  ModelValidation1764460000000,
  ReplicaFence1764470000000,
  MultiFrameProbe1764490000000,
];
