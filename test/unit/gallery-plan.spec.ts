import { CustodyImageStatus, OffenceCategory, RetentionClass } from '../../src/entities';
import {
  DEFAULT_K,
  MAX_K,
  planGallerySearch,
  type PlanAgreement,
  type PlanForce,
  type PlanRequest,
} from '../../src/policy';

/**
 * The eligible gallery of a search and its policy, planned by one pure function: which galleries,
 * under which agreements, with which filters, threshold and list length, and what stands in the way.
 */

const SWP: PlanForce = {
  id: 'f-swp',
  code: 'SWP',
  thresholdFloorFalseMatchRate: 1e-4,
  allowedOffenceCategories: [OffenceCategory.ROBBERY, OffenceCategory.BURGLARY],
};
const GWP: PlanForce = {
  id: 'f-gwp',
  code: 'GWP',
  thresholdFloorFalseMatchRate: 1e-3,
  allowedOffenceCategories: [OffenceCategory.ROBBERY],
};
const DPP: PlanForce = {
  id: 'f-dpp',
  code: 'DPP',
  thresholdFloorFalseMatchRate: 1e-4,
  allowedOffenceCategories: [],
};
const FORCES = [SWP, GWP, DPP];
// an ArcFace-like scale: impostors centre on 0
const MODEL = {
  modelVersion: 'model@1',
  scoreScale: {
    thresholdAtFar1e3: 0.33,
    thresholdAtFar1e4: 0.41,
    thresholdAtFar1e5: 0.47,
    dataset: 'a labelled set',
  },
};
// a dlib-like scale: impostors centre on 0.835
const SQUEEZED_MODEL = {
  modelVersion: 'model@2',
  scoreScale: {
    thresholdAtFar1e3: 0.926,
    thresholdAtFar1e4: 0.943,
    thresholdAtFar1e5: 0.955,
    dataset: 'a labelled set',
  },
};
const AT = new Date('2026-03-01T12:00:00Z');

const request = (extra: Partial<PlanRequest> = {}): PlanRequest => ({
  forceId: SWP.id,
  galleryForceIds: [SWP.id],
  offenceCategory: OffenceCategory.ROBBERY,
  includeUnder18: false,
  includeNotConvicted: false,
  ...extra,
});
const agreement = (extra: Partial<PlanAgreement> = {}): PlanAgreement => ({
  id: 'a-1',
  galleryForceId: GWP.id,
  searchingForceId: SWP.id,
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validUntil: null,
  revokedAt: null,
  ...extra,
});

describe('planGallerySearch', () => {
  describe('own force', () => {
    it("should search the requesting force's own gallery, needing no agreement and no authorisation", () => {
      const plan = planGallerySearch(request(), FORCES, [], MODEL, AT);
      expect(plan.problems).toEqual([]);
      expect(plan.galleries).toEqual([
        { forceId: SWP.id, forceCode: 'SWP', sharedWithForceIds: [], agreementId: null },
      ]);
      expect(plan.search).toEqual({
        modelVersion: 'model@1',
        forceIds: [SWP.id],
        includeUnder18: false,
        excludedRetentionClasses: [RetentionClass.NOT_CHARGED, RetentionClass.NO_FURTHER_ACTION],
        threshold: 0.41,
        k: DEFAULT_K,
      });
      expect(plan).toMatchObject({
        thresholdFloor: 0.41,
        thresholdFloorFalseMatchRate: 1e-4,
        thresholdFalseMatchRate: 1e-4,
        minimumThreshold: 0.33,
        authorisationReasons: [],
        sharingAgreementIds: [],
        forceCodes: ['SWP'],
      });
      expect(plan.excludedStatuses).toEqual([
        CustodyImageStatus.PENDING_DELETION,
        CustodyImageStatus.DELETED,
      ]);
    });

    it('should always put the own gallery first and drop repeats, whatever was asked', () => {
      const plan = planGallerySearch(
        request({ galleryForceIds: [GWP.id, SWP.id, GWP.id] }),
        FORCES,
        [agreement()],
        MODEL,
        AT,
      );
      expect(plan.search.forceIds).toEqual([SWP.id, GWP.id]);
      expect(plan.forceCodes).toEqual(['SWP', 'GWP']);
    });

    it('should use the model version it is given (the active one), never a stored one', () => {
      expect(planGallerySearch(request(), FORCES, [], SQUEEZED_MODEL, AT).search.modelVersion).toBe(
        'model@2',
      );
    });

    it('should refuse to plan without the requesting force', () => {
      expect(() => planGallerySearch(request(), [GWP], [], MODEL, AT)).toThrow(/requesting force/);
    });
  });

  describe('sharing agreements', () => {
    const cross = request({ galleryForceIds: [GWP.id] });

    it("should search another force's gallery under an agreement active now, and say so", () => {
      const plan = planGallerySearch(cross, FORCES, [agreement()], MODEL, AT);
      expect(plan.problems).toEqual([]);
      expect(plan.galleries[1]).toEqual({
        forceId: GWP.id,
        forceCode: 'GWP',
        sharedWithForceIds: [SWP.id],
        agreementId: 'a-1',
      });
      expect(plan.sharingAgreementIds).toEqual(['a-1']);
      expect(plan.authorisationReasons).toEqual(['CROSS_FORCE']);
    });

    it.each([
      ['ended', { validUntil: new Date('2026-02-01T00:00:00Z') }],
      ['ending at this very moment', { validUntil: AT }],
      ['not yet started', { validFrom: new Date('2026-04-01T00:00:00Z') }],
      ['revoked', { revokedAt: new Date('2026-02-15T00:00:00Z') }],
      ['with another force', { searchingForceId: DPP.id }],
    ])('should not rely on an agreement %s', (_label, change) => {
      const plan = planGallerySearch(cross, FORCES, [agreement(change)], MODEL, AT);
      expect(plan.problems).toEqual([{ kind: 'NOT_SHARED', forceId: GWP.id }]);
      expect(plan.galleries[1].agreementId).toBeNull();
      expect(plan.sharingAgreementIds).toEqual([]);
    });

    it("should not search another force's gallery with no agreement at all, and name a force that does not exist", () => {
      expect(planGallerySearch(cross, FORCES, [], MODEL, AT).problems).toEqual([
        { kind: 'NOT_SHARED', forceId: GWP.id },
      ]);
      const unknown = planGallerySearch(request({ galleryForceIds: ['f-nowhere'] }), FORCES, [], MODEL, AT);
      expect(unknown.problems).toEqual([{ kind: 'UNKNOWN_FORCE', forceId: 'f-nowhere' }]);
      expect(unknown.galleries[1].forceCode).toBeNull();
    });

    it('should take the earliest of several active agreements, and each lapsed gallery once', () => {
      const agreements = [
        agreement({ id: 'a-late', validFrom: new Date('2026-02-01T00:00:00Z') }),
        agreement({ id: 'a-early' }),
        agreement({ id: 'a-old', validUntil: new Date('2026-01-15T00:00:00Z') }),
      ];
      expect(planGallerySearch(cross, FORCES, agreements, MODEL, AT).sharingAgreementIds).toEqual([
        'a-early',
      ]);
      const both = planGallerySearch(
        request({ galleryForceIds: [GWP.id, DPP.id] }),
        FORCES,
        agreements,
        MODEL,
        AT,
      );
      expect(both.problems).toEqual([{ kind: 'NOT_SHARED', forceId: DPP.id }]);
    });
  });

  describe('filters', () => {
    it.each([
      [false, false, [RetentionClass.NOT_CHARGED, RetentionClass.NO_FURTHER_ACTION], []],
      [true, false, [RetentionClass.NOT_CHARGED, RetentionClass.NO_FURTHER_ACTION], ['UNDER_18_INCLUDED']],
      [false, true, [], ['NOT_CONVICTED_INCLUDED']],
      [true, true, [], ['UNDER_18_INCLUDED', 'NOT_CONVICTED_INCLUDED']],
    ])(
      'includeUnder18 %s, includeNotConvicted %s: excluded classes and authorisation',
      (includeUnder18, includeNotConvicted, excluded, reasons) => {
        const plan = planGallerySearch(
          request({ includeUnder18, includeNotConvicted }),
          FORCES,
          [],
          MODEL,
          AT,
        );
        expect(plan.search.includeUnder18).toBe(includeUnder18);
        expect(plan.search.excludedRetentionClasses).toEqual(excluded);
        expect(plan.authorisationReasons).toEqual(reasons);
      },
    );

    it("should need authorisation for an offence outside the force's list", () => {
      expect(
        planGallerySearch(request({ offenceCategory: OffenceCategory.THEFT }), FORCES, [], MODEL, AT)
          .authorisationReasons,
      ).toEqual(['OFFENCE_NOT_IN_ALLOWED_LIST']);
    });
  });

  describe('threshold and top-K', () => {
    it("should default the threshold to the requesting force's floor, not the gallery force's", () => {
      const plan = planGallerySearch(
        request({ galleryForceIds: [GWP.id] }),
        FORCES,
        [agreement()],
        MODEL,
        AT,
      );
      expect([plan.search.threshold, plan.thresholdFloor]).toEqual([0.41, 0.41]);
    });

    it("should read the force's floor and the lowest threshold in the model's own scale", () => {
      const plan = planGallerySearch(request(), FORCES, [], SQUEEZED_MODEL, AT);
      expect([plan.search.threshold, plan.thresholdFloor, plan.minimumThreshold]).toEqual([
        0.943, 0.943, 0.926,
      ]);
      // a cosine that is far above the floor of one model is below the lowest threshold of the other
      expect(planGallerySearch(request({ threshold: 0.8 }), FORCES, [], SQUEEZED_MODEL, AT).problems).toEqual(
        [expect.objectContaining({ kind: 'BAD_SETTING', field: 'threshold' })],
      );
      expect(planGallerySearch(request({ threshold: 0.3 }), FORCES, [], MODEL, AT).problems).toEqual([
        expect.objectContaining({ kind: 'BAD_SETTING', field: 'threshold' }),
      ]);
    });

    it('should take a floor of 1 in 100,000 as the cosine the model measured there', () => {
      const strict = { ...SWP, thresholdFloorFalseMatchRate: 1e-5 };
      const plan = planGallerySearch(request(), [strict], [], MODEL, AT);
      expect([plan.thresholdFloor, plan.search.threshold, plan.thresholdFalseMatchRate]).toEqual([
        0.47, 0.47, 1e-5,
      ]);
      // the minimum stays the model's cosine at 1 in 1,000, whatever the floor
      expect(plan.minimumThreshold).toBe(0.33);
      const below = planGallerySearch(request({ threshold: 0.42 }), [strict], [], MODEL, AT);
      expect([below.problems, below.authorisationReasons, below.thresholdFalseMatchRate]).toEqual([
        [],
        ['THRESHOLD_BELOW_FLOOR'],
        1e-4,
      ]);
    });

    it.each([
      [0.41, []],
      [0.8, []],
      [0.4, ['THRESHOLD_BELOW_FLOOR']],
      [0.33, ['THRESHOLD_BELOW_FLOOR']],
    ])('threshold %s needs authorisation %j', (threshold, reasons) => {
      const plan = planGallerySearch(request({ threshold }), FORCES, [], MODEL, AT);
      expect(plan.problems).toEqual([]);
      expect(plan.authorisationReasons).toEqual(reasons);
    });

    it.each([0.329, -1, 1, 1.5, Number.NaN])('should refuse threshold %s outright', (threshold) => {
      expect(planGallerySearch(request({ threshold }), FORCES, [], MODEL, AT).problems).toEqual([
        expect.objectContaining({ kind: 'BAD_SETTING', field: 'threshold' }),
      ]);
    });

    it.each([1, 20, MAX_K])('should take k = %s', (k) => {
      const plan = planGallerySearch(request({ k }), FORCES, [], MODEL, AT);
      expect([plan.problems, plan.search.k]).toEqual([[], k]);
    });

    it.each([0, -3, MAX_K + 1, 2.5])('should refuse k = %s', (k) => {
      expect(planGallerySearch(request({ k }), FORCES, [], MODEL, AT).problems).toEqual([
        expect.objectContaining({ kind: 'BAD_SETTING', field: 'k' }),
      ]);
    });
  });

  it('should be pure: the same inputs give the same plan, and the inputs are left as they were', () => {
    const req = request({ galleryForceIds: [GWP.id, GWP.id] });
    const agreements = [agreement()];
    const before = JSON.stringify([req, agreements, FORCES]);
    expect(planGallerySearch(req, FORCES, agreements, MODEL, AT)).toEqual(
      planGallerySearch(req, FORCES, agreements, MODEL, AT),
    );
    expect(JSON.stringify([req, agreements, FORCES])).toBe(before);
  });
});
